package com.cxcentric.rewards.control;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.rewards.entity.ApprovalDecision;
import com.cxcentric.rewards.entity.ApprovalKind;
import com.cxcentric.rewards.entity.ApprovalRequest;
import com.cxcentric.rewards.entity.ApprovalStatus;
import com.cxcentric.rewards.entity.ApprovalStep;
import com.cxcentric.rewards.entity.Approver;
import com.cxcentric.vision.entity.CompanyValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Approval requests as people read them: names instead of ids, every stage with its comment. */
@ApplicationScoped
public class ApprovalViews {

    /** One stage: who decides it, and once decided, how, by whom, with what comment. */
    public record StepView(
            int stage,
            Approver approver,
            String approverName,
            ApprovalDecision decision,
            String comment,
            String decidedBy,
            Instant decidedAt,
            Instant escalatedAt) {}

    /** A request with its stages; {@code mine} when the reader may decide the stage it waits at. */
    public record ApprovalView(
            long id,
            ApprovalKind kind,
            String employeeNumber,
            String employeeName,
            String unitName,
            long points,
            BigDecimal moneyValue,
            String currency,
            String reason,
            String valueName,
            String requestedBy,
            Instant requestedAt,
            ApprovalStatus status,
            int stage,
            int stages,
            Instant stageSince,
            Instant decidedAt,
            List<StepView> steps,
            boolean mine,
            String rewardTitle,
            Motivator rewardMotivator) {}

    private static final String WAITING = "com.cxcentric.rewards.entity.ApprovalStatus.WAITING";

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private ApprovalFlow flow;

    @Inject
    private RewardShop shop;

    /** What waits for the caller's decision, longest waiting first. */
    public List<ApprovalView> waitingFor(Caller who) {
        Long me = who.employee() == null ? -1L : who.employee().getId();
        Map<String, String> names = valueNames();
        return em
                .createQuery(
                        "SELECT r FROM ApprovalRequest r, ApprovalStep s WHERE s.requestId = r.id AND s.stage = r.stage"
                                + " AND r.status = " + WAITING + " AND (s.approverId = :me OR (s.approver = "
                                + "com.cxcentric.rewards.entity.Approver.HR AND :hr = TRUE))"
                                + " AND r.employeeId <> :me AND (r.requesterId IS NULL OR r.requesterId <> :me)"
                                + " AND NOT EXISTS (SELECT d FROM ApprovalStep d WHERE d.requestId = r.id"
                                + " AND d.decidedBy = :username)"
                                + " ORDER BY r.stageSince, r.id",
                        ApprovalRequest.class)
                .setParameter("me", me)
                .setParameter("hr", who.hr())
                .setParameter("username", who.username())
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(r -> view(r, who, names))
                .toList();
    }

    /** The nominations the caller made, newest first. */
    public List<ApprovalView> askedBy(Caller who) {
        if (who.employee() == null) {
            return List.of();
        }
        Map<String, String> names = valueNames();
        return em
                .createQuery(
                        "SELECT r FROM ApprovalRequest r WHERE r.requesterId = :me ORDER BY r.requestedAt DESC, r.id DESC",
                        ApprovalRequest.class)
                .setParameter("me", who.employee().getId())
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(r -> view(r, who, names))
                .toList();
    }

    /** Every request of a status (all when null), waiting ones longest first, decided ones newest first. */
    public Page<ApprovalView> byStatus(ApprovalStatus status, PageRequest page, Caller who) {
        String where = status == null ? "" : " WHERE r.status = :status";
        String order = status == ApprovalStatus.WAITING
                ? " ORDER BY r.stageSince, r.id"
                : " ORDER BY r.requestedAt DESC, r.id DESC";
        var query = em.createQuery("SELECT r FROM ApprovalRequest r" + where + order, ApprovalRequest.class);
        var count = em.createQuery("SELECT COUNT(r) FROM ApprovalRequest r" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<ApprovalView> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                        .map(r -> view(r, who))
                        .toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    public ApprovalView view(ApprovalRequest request, Caller who) {
        return view(request, who, valueNames());
    }

    /** The company values' names by code, read once for a list of requests. */
    private Map<String, String> valueNames() {
        return em.createQuery("SELECT v FROM CompanyValue v", CompanyValue.class).getResultList().stream()
                .collect(Collectors.toMap(CompanyValue::getCode, CompanyValue::getName));
    }

    private ApprovalView view(ApprovalRequest request, Caller who, Map<String, String> valueNames) {
        Employee person = em.find(Employee.class, request.getEmployeeId());
        List<ApprovalStep> steps = flow.steps(request.getId());
        boolean mine = request.getStatus() == ApprovalStatus.WAITING
                && steps.stream()
                        .filter(s -> s.getStage() == request.getStage())
                        .anyMatch(s -> ApprovalFlow.mayDecide(s, request, who));
        return new ApprovalView(
                request.getId(),
                request.getKind(),
                person.getEmployeeNumber(),
                person.getDisplayName(),
                person.getOrgUnit() == null ? null : person.getOrgUnit().getName(),
                request.getPoints(),
                shop.money(request.getPoints()),
                shop.currency(),
                request.getReason(),
                request.getValueCode() == null
                        ? null
                        : valueNames.getOrDefault(request.getValueCode(), request.getValueCode()),
                requester(request),
                request.getRequestedAt(),
                request.getStatus(),
                request.getStage(),
                request.getStages(),
                request.getStageSince(),
                request.getDecidedAt(),
                steps.stream().map(this::step).toList(),
                mine,
                request.getRewardTitle(),
                request.getRewardMotivator());
    }

    private String requester(ApprovalRequest request) {
        if (request.getRequesterId() == null) {
            return request.getRequestedBy();
        }
        Employee requester = em.find(Employee.class, request.getRequesterId());
        return requester == null ? request.getRequestedBy() : requester.getDisplayName();
    }

    private StepView step(ApprovalStep step) {
        Employee approver = step.getApproverId() == null ? null : em.find(Employee.class, step.getApproverId());
        return new StepView(
                step.getStage(),
                step.getApprover(),
                approver == null ? null : approver.getDisplayName(),
                step.getDecision(),
                step.getComment(),
                step.getDecidedBy(),
                step.getDecidedAt(),
                step.getEscalatedAt());
    }
}
