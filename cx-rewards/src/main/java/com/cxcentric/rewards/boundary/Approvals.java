package com.cxcentric.rewards.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.control.ApprovalFlow;
import com.cxcentric.rewards.control.ApprovalViews;
import com.cxcentric.rewards.control.ApprovalViews.ApprovalView;
import com.cxcentric.rewards.control.Caller;
import com.cxcentric.rewards.control.CustomRewards;
import com.cxcentric.rewards.control.PointsLedger;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.ApprovalDecision;
import com.cxcentric.rewards.entity.ApprovalKind;
import com.cxcentric.rewards.entity.ApprovalRequest;
import com.cxcentric.rewards.entity.ApprovalRequest.Ask;
import com.cxcentric.rewards.entity.ApprovalStatus;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Nominations and approvals: anyone nominates a colleague for points from the colleague's unit's
 * budget, with a reason and a company value; the approvers decide in turn (the colleague's team
 * lead, their department's head, HR, as many as the points call for) and whoever is at the turn
 * sees it waiting. A scheme's award above the approval limit waits the same way, and so does a
 * reward outside the catalog a person asks for with their own points.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class Approvals {

    /** A nomination as a person asks for it: the colleague by employee number, the value by code. */
    public record NominationRequest(
            String idempotencyKey, String employeeNumber, Long points, String valueCode, String reason) {}

    /**
     * A reward outside the catalog as a person asks for it: what it is, its kind of motivator (by
     * name), its price in the caller's received points, and why.
     */
    public record RewardRequest(String idempotencyKey, String title, String motivator, Long points, String reason) {}

    /** What a nomination made, and whether an earlier request with the key made it. */
    public record Nominated(ApprovalView approval, boolean repeated) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private ApprovalFlow flow;

    @Inject
    private CustomRewards customRewards;

    @Inject
    private ApprovalViews views;

    @Inject
    private PointsLedger ledger;

    @Inject
    private BusinessDay businessDay;

    @EJB
    private PointsAccounts pointsAccounts;

    @Inject
    @ConfigProperty(name = "cx.rewards.max-nomination", defaultValue = "2000")
    private long maxNomination;

    /**
     * Nominates a colleague, once per key; the points are held from the colleague's unit's budget
     * until the last approver decides.
     *
     * @throws RuleViolationException naming the field: no key ({@code idempotencyKey}), an unknown
     *     or departed colleague or oneself ({@code employeeNumber}), points out of range or past a
     *     fixed budget ({@code points}), an unknown value ({@code valueCode}), no reason ({@code reason})
     * @throws com.cxcentric.platform.ConflictException when the key was used for another request
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Nominated nominate(NominationRequest request) {
        Employee colleague = colleague(request.employeeNumber());
        pointsAccounts.ensure(AccountKind.RECEIVED, colleague.getId());
        return context.getBusinessObject(Approvals.class).nominateHere(request);
    }

    /** {@link #nominate} in one transaction, the colleague's account opened beforehand. */
    public Nominated nominateHere(NominationRequest request) {
        Caller me = decider();
        String key = Checks.key(request.idempotencyKey(), "error.nomination.key", "nomination");
        Employee colleague = colleague(request.employeeNumber());
        if (me.employee() != null && colleague.getId().equals(me.employee().getId())) {
            throw new RuleViolationException(
                    "employeeNumber", "error.nomination.self", "A nomination is for a colleague, not for oneself");
        }
        long points = points(request.points());
        String value = Checks.activeValue(em, request.valueCode()).getCode();
        String reason = reason(request.reason());
        String fullKey = "nomination:" + key;
        boolean repeated = !em.createNamedQuery(ApprovalRequest.FIND_BY_KEY, ApprovalRequest.class)
                .setParameter("key", fullKey)
                .getResultList()
                .isEmpty();
        ApprovalRequest made = flow.ask(
                new Ask(
                        ApprovalKind.NOMINATION,
                        colleague.getId(),
                        points,
                        reason,
                        value,
                        null,
                        me.employee() == null ? null : me.employee().getId(),
                        me.username(),
                        fullKey,
                        flow.stagesFor(points)),
                businessDay.today());
        return new Nominated(views.view(made, me), repeated);
    }

    /**
     * Asks for a reward outside the catalog with the caller's own received points, once per key:
     * the points are held at once, through as many approvers as they call for; the last approval
     * puts the reward in HR's fulfilment queue, a refusal gives the points back.
     *
     * @throws RuleViolationException naming the field: no key ({@code idempotencyKey}), no title,
     *     an unknown kind ({@code motivator}), points out of range or more than received, no reason
     * @throws com.cxcentric.platform.ConflictException when the key was used for another request
     */
    public Nominated askReward(RewardRequest request) {
        Caller me = decider();
        if (me.employee() == null) {
            throw new RuleViolationException(
                    "employeeNumber", "error.profile.notLinked", "Only an employee's account has points to spend");
        }
        String key = "reward:" + Checks.key(request.idempotencyKey(), "error.nomination.key", "request");
        boolean repeated = !em.createNamedQuery(ApprovalRequest.FIND_BY_KEY, ApprovalRequest.class)
                .setParameter("key", key)
                .getResultList()
                .isEmpty();
        ApprovalRequest made = customRewards.ask(
                me.employee(),
                new CustomRewards.Wish(
                        request.title(),
                        motivator(request.motivator()),
                        request.points() == null ? 0 : request.points(),
                        request.reason()),
                key,
                me.username(),
                businessDay.today());
        return new Nominated(views.view(made, me), repeated);
    }

    private static Motivator motivator(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Motivator.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolationException(
                    "motivator", "error.customReward.motivator", "Say which kind of reward it is: " + name, name);
        }
    }

    /** What waits for the caller's decision, longest waiting first. */
    public List<ApprovalView> waitingForMe() {
        return views.waitingFor(decider());
    }

    /** The nominations the caller made, newest first. */
    public List<ApprovalView> mine() {
        return views.askedBy(decider());
    }

    /** Every request of a status, or all of them. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    public Page<ApprovalView> list(ApprovalStatus status, PageRequest page) {
        return views.byStatus(status, page, decider());
    }

    /**
     * One request, for HR, whoever asked, the person it is for (once decided) and its approvers.
     *
     * @throws ResourceNotFoundException for an unknown request or one the caller has no part in
     */
    public ApprovalView view(long id) {
        ApprovalRequest request = em.find(ApprovalRequest.class, id);
        Caller me = decider();
        if (request == null || !involved(request, me)) {
            throw new ResourceNotFoundException("error.approval.unknown", "No approval request " + id, id);
        }
        return views.view(request, me);
    }

    /**
     * Decides the stage a request waits at: approve (with an optional comment for the next
     * approver) or refuse (with the reason, required). Again the same way changes nothing.
     */
    public ApprovalView decide(long id, boolean approve, String comment) {
        Caller me = decider();
        ApprovalRequest request = flow.decide(
                id, approve ? ApprovalDecision.APPROVED : ApprovalDecision.REFUSED, comment, me, businessDay.today());
        return views.view(request, me);
    }

    private boolean involved(ApprovalRequest request, Caller me) {
        if (me.hr()) {
            return true;
        }
        Long mine = me.employee() == null ? null : me.employee().getId();
        if (mine == null) {
            return false;
        }
        return mine.equals(request.getRequesterId())
                || mine.equals(request.getEmployeeId()) && request.getStatus() != ApprovalStatus.WAITING
                || flow.steps(request.getId()).stream().anyMatch(s -> mine.equals(s.getApproverId()));
    }

    private Caller decider() {
        String username = context.getCallerPrincipal().getName();
        boolean hr = context.isCallerInRole(Role.HR_NAME) || context.isCallerInRole(Role.ADMIN_NAME);
        return new Caller(accounts.employeeOf(username).orElse(null), username, hr);
    }

    private Employee colleague(String number) {
        String wanted = number == null ? "" : number.strip();
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", wanted)
                .getResultStream()
                .filter(e -> e.getStatus() != EmploymentStatus.LEFT)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "employeeNumber",
                        "error.recognition.unknownColleague",
                        "No current colleague has the number " + wanted,
                        wanted));
    }

    private long points(Long points) {
        if (points == null || points < 1 || points > maxNomination) {
            throw new RuleViolationException(
                    "points",
                    "error.nomination.points",
                    "A nomination is for 1 to " + maxNomination + " points",
                    maxNomination);
        }
        return points;
    }

    private static String reason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > ApprovalRequest.REASON_LENGTH) {
            throw new RuleViolationException(
                    "reason",
                    "error.nomination.reason",
                    "Say why, in 1 to " + ApprovalRequest.REASON_LENGTH + " characters",
                    ApprovalRequest.REASON_LENGTH);
        }
        return text;
    }
}
