package com.cxcentric.rewards.control;

import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.ApprovalDecision;
import com.cxcentric.rewards.entity.ApprovalKind;
import com.cxcentric.rewards.entity.ApprovalRequest;
import com.cxcentric.rewards.entity.ApprovalRequest.Ask;
import com.cxcentric.rewards.entity.ApprovalStatus;
import com.cxcentric.rewards.entity.ApprovalStep;
import com.cxcentric.rewards.entity.Approver;
import com.cxcentric.rewards.entity.BudgetPurpose;
import com.cxcentric.rewards.entity.PointsTransfer;
import com.cxcentric.rewards.entity.PointsTransfer.Movement;
import com.cxcentric.rewards.entity.RewardBudget;
import com.cxcentric.rewards.entity.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Approvals, in the caller's transaction. Asking holds the points at once (from the company's
 * issued points to its held account, drawn on the person's budget), and writes every stage with
 * its approver: the person's team lead, their department's head, HR, as many as the points call
 * for; a lead who is the person, the one asking or the approver of the stage before is skipped
 * for the next level up. Each stage is decided once, by its approver; the last approval pays the
 * held points to the person (a reward outside the catalog: redeems them, see {@link CustomRewards}),
 * a refusal at any stage returns them. Locking order: request, then
 * budget, then ledger accounts.
 */
@ApplicationScoped
public class ApprovalFlow {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private PointsLedger ledger;

    @Inject
    private Budgets budgets;

    @Inject
    private ApprovalMessages messages;

    @Inject
    private CustomRewards customRewards;

    @Inject
    @ConfigProperty(name = "cx.rewards.approval.two-stages-from", defaultValue = "300")
    private long twoStagesFrom;

    @Inject
    @ConfigProperty(name = "cx.rewards.approval.three-stages-from", defaultValue = "1000")
    private long threeStagesFrom;

    @Inject
    @ConfigProperty(name = "cx.rewards.approval.award-above", defaultValue = "250")
    private long awardAbove;

    @Inject
    @ConfigProperty(name = "cx.rewards.approval.remind-after-hours", defaultValue = "48")
    private long remindAfterHours;

    @Inject
    @ConfigProperty(name = "cx.rewards.approval.escalate-after-hours", defaultValue = "120")
    private long escalateAfterHours;

    /** Whether a scheme's award of this many points waits for approval. */
    public boolean awardNeedsApproval(long points) {
        return points > awardAbove;
    }

    public long awardAbove() {
        return awardAbove;
    }

    /** How many stages this many points go through. */
    public int stagesFor(long points) {
        return points >= threeStagesFrom ? 3 : points >= twoStagesFrom ? 2 : 1;
    }

    /**
     * Asks for approval, once per key: holds the points (a fixed budget refuses a nomination past
     * its limit) and writes the stages. The same ask again returns the request it made.
     *
     * @throws ConflictException when the key was used for another request
     * @throws RuleViolationException on {@code points} when the person's fixed budget is spent
     */
    public ApprovalRequest ask(Ask ask, LocalDate today) {
        return ask(ask, today, today);
    }

    /** {@link #ask(Ask, LocalDate)} drawing on the budget of {@code budgetDay} (an award's period). */
    public ApprovalRequest ask(Ask ask, LocalDate today, LocalDate budgetDay) {
        Optional<ApprovalRequest> earlier = em.createNamedQuery(ApprovalRequest.FIND_BY_KEY, ApprovalRequest.class)
                .setParameter("key", ask.idempotencyKey())
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            ApprovalRequest found = earlier.get();
            if (found.getEmployeeId() != ask.employeeId()
                    || found.getPoints() != ask.points()
                    || found.getKind() != ask.kind()) {
                throw new ConflictException(
                        "idempotencyKey",
                        "error.approval.keyReused",
                        "The key " + ask.idempotencyKey() + " was already used for another request",
                        ask.idempotencyKey());
            }
            return found;
        }
        Employee person = em.find(Employee.class, ask.employeeId());
        Long unitId = person.getOrgUnit() == null ? null : person.getOrgUnit().getId();
        BudgetPurpose purpose = ask.kind() == ApprovalKind.NOMINATION ? BudgetPurpose.NOMINATION : BudgetPurpose.AWARD;
        Optional<RewardBudget> budget = budgets.reserve(unitId, purpose, ask.points(), budgetDay);
        PointsTransfer hold = ledger.move(
                new Movement(
                        "hold:" + ask.idempotencyKey(),
                        TransferKind.HOLD,
                        ask.points(),
                        today,
                        ask.requestedBy(),
                        memo(ask, person),
                        null,
                        null),
                ledger.issued(),
                ledger.held(),
                today);
        budget.ifPresent(b -> budgets.drawn(b, hold, purpose, ask.points(), budgetDay));
        List<Step> chain = approvers(person, ask.requesterId(), ask.stages());
        Ask resolved = new Ask(
                ask.kind(),
                ask.employeeId(),
                ask.points(),
                ask.reason(),
                ask.valueCode(),
                ask.awardId(),
                ask.requesterId(),
                ask.requestedBy(),
                ask.idempotencyKey(),
                chain.size());
        Instant now = Instant.now();
        var request =
                new ApprovalRequest(resolved, budget.map(RewardBudget::getId).orElse(null), hold.getId(), now);
        begin(request, chain);
        return request;
    }

    /** Writes a new request with its stages, one per approver of the chain, and tells the first. */
    void begin(ApprovalRequest request, List<Step> chain) {
        em.persist(request);
        em.flush();
        for (int i = 0; i < chain.size(); i++) {
            em.persist(new ApprovalStep(
                    request.getId(),
                    i + 1,
                    chain.get(i).approver(),
                    chain.get(i).approverId()));
        }
        em.flush();
        messages.waiting(NotificationKind.APPROVAL_WAITING, request, currentStep(request), request.getRequestedAt());
    }

    /** An approver of a stage: a named person, or anyone in HR (no id). */
    public record Step(Approver approver, Long approverId) {}

    /**
     * The approvers of a request for a person, as many as {@code stages} asks for: one stage is the
     * team lead, two the team lead and HR, three the team lead, the department's head and HR. A
     * stage whose lead is missing, is the person, is the one asking or decided the stage before
     * goes to the next level up; HR is the level above all.
     */
    List<Step> approvers(Employee person, Long requesterId, int stages) {
        List<Approver> levels =
                switch (stages) {
                    case 1 -> List.of(Approver.TEAM_LEAD);
                    case 2 -> List.of(Approver.TEAM_LEAD, Approver.HR);
                    default -> List.of(Approver.TEAM_LEAD, Approver.DEPARTMENT_HEAD, Approver.HR);
                };
        List<Step> chain = new ArrayList<>();
        for (Approver level : levels) {
            Step step = resolve(level, person, requesterId, chain);
            if (!chain.contains(step)) {
                chain.add(step);
            }
        }
        return chain;
    }

    private Step resolve(Approver level, Employee person, Long requesterId, List<Step> before) {
        for (Approver at = level; at != Approver.HR; at = next(at)) {
            Long lead = leadAt(at, person);
            boolean usable = lead != null
                    && !lead.equals(person.getId())
                    && !lead.equals(requesterId)
                    && before.stream().noneMatch(s -> lead.equals(s.approverId()));
            if (usable) {
                return new Step(at, lead);
            }
        }
        return new Step(Approver.HR, null);
    }

    private static Approver next(Approver level) {
        return level == Approver.TEAM_LEAD ? Approver.DEPARTMENT_HEAD : Approver.HR;
    }

    private Long leadAt(Approver level, Employee person) {
        OrgUnit unit = person.getOrgUnit();
        if (unit == null) {
            return null;
        }
        if (level == Approver.DEPARTMENT_HEAD) {
            while (unit != null && unit.getType() != OrgUnitType.DEPARTMENT) {
                unit = unit.getParent();
            }
        }
        return unit == null || unit.getLead() == null ? null : unit.getLead().getId();
    }

    /** The stage a waiting request is at. */
    public ApprovalStep currentStep(ApprovalRequest request) {
        return stageOf(request, steps(request.getId()));
    }

    private static ApprovalStep stageOf(ApprovalRequest request, List<ApprovalStep> steps) {
        return steps.stream()
                .filter(s -> s.getStage() == request.getStage())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "approval " + request.getId() + " has no stage " + request.getStage()));
    }

    public List<ApprovalStep> steps(long requestId) {
        return em.createNamedQuery(ApprovalStep.FIND_OF_REQUEST, ApprovalStep.class)
                .setParameter("request", requestId)
                .getResultList();
    }

    /**
     * Decides the stage a request waits at. Deciding again the way it was decided changes nothing
     * (a retried request); deciding a stage that is not the caller's is refused, and so is a
     * second stage by someone who decided an earlier one (four eyes: an HR person who approved as
     * the team lead does not approve again as HR) and a refusal without a comment.
     *
     * @throws ResourceNotFoundException for an unknown request
     * @throws ConflictException when it was decided otherwise, or moved on past the caller's stage
     * @throws RuleViolationException on {@code comment} for a refusal without one, or one too long
     */
    public ApprovalRequest decide(
            long requestId, ApprovalDecision decision, String comment, Caller who, LocalDate today) {
        ApprovalRequest request = em.find(ApprovalRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new ResourceNotFoundException(
                    "error.approval.unknown", "No approval request " + requestId, requestId);
        }
        em.refresh(request);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > ApprovalStep.COMMENT_LENGTH) {
            throw new RuleViolationException(
                    "comment",
                    "error.approval.comment",
                    "A comment of at most 1000 characters",
                    ApprovalStep.COMMENT_LENGTH);
        }
        List<ApprovalStep> steps = steps(requestId);
        Optional<ApprovalStep> mine = steps.stream()
                .filter(s -> s.getDecision() != null && who.username().equals(s.getDecidedBy()))
                .reduce((a, b) -> b);
        boolean waiting = request.getStatus() == ApprovalStatus.WAITING;
        ApprovalStep step = waiting ? stageOf(request, steps) : null;
        boolean theirs = step != null && mayDecide(step, request, who);
        if (mine.isPresent() && !theirs) {
            // Their stage is behind the request: a retry, or a second answer.
            if (mine.get().getDecision() == decision) {
                return request;
            }
            throw new ConflictException(
                    null,
                    "error.approval.decided",
                    "Approval request " + requestId + " was decided already",
                    requestId);
        }
        if (!waiting) {
            throw new ConflictException(
                    null,
                    "error.approval.decided",
                    "Approval request " + requestId + " was decided already",
                    requestId);
        }
        if (!theirs || mine.isPresent()) {
            throw new ConflictException(
                    null,
                    "error.approval.notYours",
                    "Stage " + step.getStage() + " of approval request " + requestId + " is not yours to decide",
                    step.getStage(),
                    requestId);
        }
        if (decision == ApprovalDecision.REFUSED && text == null) {
            throw new RuleViolationException(
                    "comment", "error.approval.refusalReason", "Say why it is refused", ApprovalStep.COMMENT_LENGTH);
        }
        Instant now = Instant.now();
        step.decide(decision, text, who.username(), now);
        if (decision == ApprovalDecision.REFUSED) {
            returnPoints(request, who.username(), today, now);
        } else if (request.atLastStage()) {
            pay(request, who.username(), today, now);
        } else {
            request.nextStage(now);
            em.flush();
            messages.waiting(NotificationKind.APPROVAL_WAITING, request, currentStep(request), now);
        }
        em.flush();
        return request;
    }

    /** Whether the caller may decide this stage: its named approver, or anyone in HR for an HR stage. */
    public static boolean mayDecide(ApprovalStep step, ApprovalRequest request, Caller who) {
        Long me = who.employee() == null ? null : who.employee().getId();
        if (me != null && (me.equals(request.getEmployeeId()) || me.equals(request.getRequesterId()))) {
            return false;
        }
        return step.getApprover() == Approver.HR ? who.hr() : Objects.equals(step.getApproverId(), me);
    }

    private void pay(ApprovalRequest request, String by, LocalDate today, Instant now) {
        PointsTransfer paid = request.getKind() == ApprovalKind.REWARD
                ? customRewards.redeem(request, by, today, now)
                : ledger.move(
                        outcome(request, "grant", TransferKind.GRANT, by, today),
                        ledger.held(),
                        ledger.account(AccountKind.RECEIVED, request.getEmployeeId()),
                        today);
        request.decide(ApprovalStatus.APPROVED, paid.getId(), now);
        messages.decided(request, now);
    }

    private void returnPoints(ApprovalRequest request, String by, LocalDate today, Instant now) {
        if (request.getKind() == ApprovalKind.REWARD) {
            request.decide(
                    ApprovalStatus.REFUSED,
                    customRewards.giveBack(request, by, today).getId(),
                    now);
            messages.decided(request, now);
            return;
        }
        Optional<RewardBudget> budget = request.getBudgetId() == null
                ? Optional.empty()
                : Optional.of(em.find(RewardBudget.class, request.getBudgetId(), LockModeType.PESSIMISTIC_WRITE));
        PointsTransfer back = ledger.move(
                outcome(request, "return", TransferKind.REFUND, by, today), ledger.held(), ledger.issued(), today);
        budget.ifPresent(b -> budgets.drawn(b, back, BudgetPurpose.RETURN, -request.getPoints(), today));
        request.decide(ApprovalStatus.REFUSED, back.getId(), now);
        messages.decided(request, now);
    }

    /**
     * Reminds the approver of every stage waiting longer than the reminder time, once per stage
     * and approver, and hands every stage waiting longer than the escalation time to the next level
     * up (a team lead's to the department's head, theirs to HR); HR's stages are only reminded.
     * Safe to run on several instances at once: each request is locked, and messages are keyed.
     *
     * @return how many stages were reminded and how many escalated
     */
    public int[] remindAndEscalate(Instant now) {
        Instant remindBefore = now.minus(Duration.ofHours(remindAfterHours));
        Instant escalateBefore = now.minus(Duration.ofHours(escalateAfterHours));
        int reminded = 0;
        int escalated = 0;
        for (ApprovalRequest waiting : em.createNamedQuery(ApprovalRequest.FIND_WAITING_SINCE, ApprovalRequest.class)
                .setParameter("before", remindBefore)
                .getResultList()) {
            ApprovalRequest request = em.find(ApprovalRequest.class, waiting.getId(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(request);
            if (request.getStatus() != ApprovalStatus.WAITING
                    || !request.getStageSince().isBefore(remindBefore)) {
                continue;
            }
            List<ApprovalStep> steps = steps(request.getId());
            ApprovalStep step = stageOf(request, steps);
            if (request.getStageSince().isBefore(escalateBefore) && step.getApprover() != Approver.HR) {
                Employee person = em.find(Employee.class, request.getEmployeeId());
                List<Step> before = steps.stream()
                        .filter(s -> s.getStage() != step.getStage())
                        .map(s -> new Step(s.getApprover(), s.getApproverId()))
                        .toList();
                Step up = resolve(next(step.getApprover()), person, request.getRequesterId(), before);
                step.escalateTo(up.approver(), up.approverId(), now);
                request.escalated(now);
                em.flush();
                messages.waiting(NotificationKind.APPROVAL_WAITING, request, step, now);
                escalated++;
            } else if (request.getRemindedAt() == null) {
                request.reminded(now);
                em.flush();
                messages.waiting(NotificationKind.APPROVAL_REMINDER, request, step, now);
                reminded++;
            }
        }
        return new int[] {reminded, escalated};
    }

    private static String memo(Ask ask, Employee person) {
        return ask.kind().name().toLowerCase(java.util.Locale.ROOT) + " for " + person.getDisplayName() + ": "
                + ask.reason();
    }

    /** The movement that ends a request, out of the held points: keyed by the request and its outcome. */
    static Movement outcome(ApprovalRequest request, String outcome, TransferKind kind, String by, LocalDate today) {
        return new Movement(
                "approval:" + request.getId() + ":" + outcome,
                kind,
                request.getPoints(),
                today,
                by,
                memo(request),
                null,
                null);
    }

    private static String memo(ApprovalRequest request) {
        String by =
                switch (request.getKind()) {
                    case NOMINATION -> "Nomination by " + request.getRequestedBy();
                    case AWARD -> "Award";
                    case REWARD -> "Reward asked for: " + request.getRewardTitle();
                };
        return by + ": " + request.getReason();
    }
}
