package com.cxcentric.rewards.control;

import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.entity.BudgetDraw;
import com.cxcentric.rewards.entity.BudgetMode;
import com.cxcentric.rewards.entity.BudgetPurpose;
import com.cxcentric.rewards.entity.PointsTransfer;
import com.cxcentric.rewards.entity.RewardBudget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which budget a movement of points draws on, and the draw itself, in the caller's transaction. A
 * person's points draw on the budget of their own unit if it has one for the day, otherwise on the
 * nearest unit above that has; with none up to the top they draw on no budget. A boost or a
 * nomination locks its budget before any ledger account (the order everywhere: budget, then
 * accounts), so two of them never both take the last points of a fixed budget.
 */
@ApplicationScoped
public class Budgets {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree tree;

    @Inject
    private NotificationWriter notifications;

    /** The budgets covering one day, resolved for any unit in memory: for many people at once. */
    public final class OnDay {

        private final LocalDate day;

        private final Map<Long, Long> parents;

        private final Map<Long, RewardBudget> byUnit = new HashMap<>();

        private OnDay(LocalDate day) {
            this.day = day;
            this.parents = tree.parentOfEachUnit();
            em.createQuery(
                            "SELECT b FROM RewardBudget b WHERE b.periodStart <= :day AND b.periodEnd >= :day",
                            RewardBudget.class)
                    .setParameter("day", day)
                    .getResultList()
                    .forEach(b -> byUnit.put(b.getUnitId(), b));
        }

        /** The budget a person of this unit draws on, if any. */
        public Optional<RewardBudget> forUnit(Long unitId) {
            if (unitId == null || byUnit.isEmpty()) {
                return Optional.empty();
            }
            return tree.upwardsFrom(unitId, parents).stream()
                    .map(byUnit::get)
                    .filter(b -> b != null)
                    .findFirst();
        }

        public LocalDate day() {
            return day;
        }
    }

    /** The budgets covering a day. */
    public OnDay onDay(LocalDate day) {
        return new OnDay(day);
    }

    /** The budget a person of this unit draws on, on a day. */
    public Optional<RewardBudget> forUnit(Long unitId, LocalDate day) {
        if (unitId == null) {
            return Optional.empty();
        }
        List<Long> chain = new java.util.ArrayList<>();
        for (OrgUnit unit = em.find(OrgUnit.class, unitId);
                unit != null && !chain.contains(unit.getId());
                unit = unit.getParent()) {
            chain.add(unit.getId());
        }
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(RewardBudget.FIND_COVERING, RewardBudget.class)
                .setParameter("units", chain)
                .setParameter("day", day)
                .getResultStream()
                .min(Comparator.comparingInt(b -> chain.indexOf(b.getUnitId())));
    }

    /** What was drawn on a budget so far, returns taken off. */
    public long used(long budgetId) {
        Number used =
                (Number) em.createNativeQuery("SELECT COALESCE(SUM(points), 0) FROM budget_draw WHERE budget_id = ?")
                        .setParameter(1, budgetId)
                        .getSingleResult();
        return used.longValue();
    }

    /**
     * Locks the budget a person of this unit draws on and checks it can take {@code points} more
     * for this purpose: a fixed budget refuses a boost or a nomination past its limit. Call it
     * before moving the points, then {@link #drawn} with the transfer.
     *
     * @throws RuleViolationException on field {@code points} when a fixed budget is spent
     */
    public Optional<RewardBudget> reserve(Long unitId, BudgetPurpose purpose, long points, LocalDate day) {
        Optional<RewardBudget> found = forUnit(unitId, day);
        if (found.isEmpty()) {
            return found;
        }
        RewardBudget budget = em.find(RewardBudget.class, found.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(budget);
        long used = used(budget.getId());
        if (purpose.isDiscretionary() && budget.getMode() == BudgetMode.FIXED && budget.exceededBy(used, points)) {
            throw new RuleViolationException(
                    "points",
                    "error.budget.spent",
                    "The budget of " + unitName(budget) + " for "
                            + budget.period().label() + " has " + Math.max(0, budget.getLimitPoints() - used)
                            + " points left, not " + points,
                    unitName(budget),
                    budget.period().label(),
                    Math.max(0, budget.getLimitPoints() - used),
                    points);
        }
        return Optional.of(budget);
    }

    /**
     * Records what a transfer drew on a budget the caller locked through {@link #reserve}, and
     * warns its owner, once, when this draw takes it past its limit.
     */
    public void drawn(RewardBudget budget, PointsTransfer transfer, BudgetPurpose purpose, long points, LocalDate day) {
        drawnEach(budget, List.of(transfer), purpose, points, day);
    }

    /** {@link #drawn} for several transfers of the same points each (a period's awards). */
    public void drawnEach(
            RewardBudget budget,
            List<PointsTransfer> transfers,
            BudgetPurpose purpose,
            long pointsEach,
            LocalDate day) {
        long before = used(budget.getId());
        transfers.forEach(t -> record(budget, t, purpose, pointsEach, day));
        long points = pointsEach * transfers.size();
        if (points > 0 && budget.exceededBy(before, points) && budget.getWarnedAt() == null) {
            warnOwner(budget, before + points);
        }
    }

    /** Locks budgets in id order (before any ledger account), read fresh under the lock. */
    public List<RewardBudget> lock(java.util.Collection<RewardBudget> found) {
        return found.stream()
                .map(RewardBudget::getId)
                .distinct()
                .sorted()
                .map(id -> {
                    RewardBudget budget = em.find(RewardBudget.class, id, LockModeType.PESSIMISTIC_WRITE);
                    em.refresh(budget);
                    return budget;
                })
                .toList();
    }

    /**
     * Records a draw without the budget's lock or a warning: a month's allowance, which is drawn
     * from inside the ledger's account locks and which the person is owed whatever the budget.
     */
    public void drawnUnlocked(
            RewardBudget budget, PointsTransfer transfer, BudgetPurpose purpose, long points, LocalDate day) {
        record(budget, transfer, purpose, points, day);
    }

    private void record(
            RewardBudget budget, PointsTransfer transfer, BudgetPurpose purpose, long points, LocalDate day) {
        em.persist(new BudgetDraw(budget.getId(), transfer.getId(), purpose, points, day));
    }

    private void warnOwner(RewardBudget budget, long used) {
        Instant now = Instant.now();
        budget.warned(now);
        String title = unitName(budget) + " \u00B7 " + budget.period().label() + " \u00B7 " + used + " / "
                + budget.getLimitPoints();
        notifications.write(
                NotificationKind.BUDGET_OVERSPENT,
                "SELECT COALESCE(b.owner_id, u.lead_id), NULL, NULL, CAST(? AS VARCHAR(200)), NULL,"
                        + " CONCAT(CAST(b.id AS VARCHAR(20)), CONCAT(':', CAST(b.limit_points AS VARCHAR(20))))"
                        + " FROM reward_budget b JOIN org_unit u ON u.id = b.unit_id"
                        + " WHERE b.id = CAST(? AS BIGINT) AND COALESCE(b.owner_id, u.lead_id) IS NOT NULL",
                List.of(title, budget.getId()),
                now);
    }

    private String unitName(RewardBudget budget) {
        OrgUnit unit = em.find(OrgUnit.class, budget.getUnitId());
        return unit == null ? String.valueOf(budget.getUnitId()) : unit.getName();
    }
}
