package com.cxcentric.rewards.boundary;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.control.RewardShop;
import com.cxcentric.rewards.entity.BudgetMode;
import com.cxcentric.rewards.entity.BudgetPurpose;
import com.cxcentric.rewards.entity.PeriodKind;
import com.cxcentric.rewards.entity.RewardBudget;
import com.cxcentric.rewards.entity.SchemePeriod;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Budgets per org unit and month or quarter: HR sets them, and reads what each has used against
 * its limit, by what drew on it (allowances, awards, boosts, nominations, returns).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class RewardBudgets {

    /** The largest limit a budget takes. */
    public static final long MAX_LIMIT = 100_000_000;

    /** What HR sets: the unit by code, the period by label (2026-12, 2026-Q4), the owner by employee number. */
    public record BudgetDefinition(
            Long id,
            String unitCode,
            PeriodKind periodKind,
            String period,
            Long limitPoints,
            BigDecimal limitMoney,
            BudgetMode mode,
            String ownerNumber) {}

    /** A budget with what it used, by purpose; left is negative past the limit. */
    public record BudgetView(
            long id,
            String unitCode,
            String unitName,
            PeriodKind periodKind,
            String period,
            LocalDate start,
            LocalDate end,
            BudgetMode mode,
            long limitPoints,
            BigDecimal limitValue,
            BigDecimal limitMoney,
            String currency,
            String ownerNumber,
            String ownerName,
            long used,
            long allowances,
            long awards,
            long boosts,
            long nominations,
            long returned,
            long left,
            int usedPercent,
            boolean over) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private RewardShop shop;

    /** The budgets covering any day of a month, by unit name then period start. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    public List<BudgetView> ofMonth(YearMonth month) {
        List<RewardBudget> budgets = em.createNamedQuery(RewardBudget.FIND_ALL_OVERLAPPING, RewardBudget.class)
                .setParameter("start", month.atDay(1))
                .setParameter("end", month.atEndOfMonth())
                .getResultList();
        Map<Long, Map<BudgetPurpose, Long>> used =
                usedByPurpose(budgets.stream().map(RewardBudget::getId).toList());
        return budgets.stream()
                .map(b -> view(b, used.getOrDefault(b.getId(), Map.of())))
                .sorted((a, b) -> a.unitName().equals(b.unitName())
                        ? a.start().compareTo(b.start())
                        : a.unitName().compareToIgnoreCase(b.unitName()))
                .toList();
    }

    /** The currency budgets in money are set in, the one points are valued in. */
    public String currency() {
        return shop.currency();
    }

    /** One budget. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    public BudgetView view(long id) {
        RewardBudget budget = find(id);
        return view(budget, usedByPurpose(List.of(id)).getOrDefault(id, Map.of()));
    }

    /**
     * Creates a budget (no id) or changes one's limit, mode and owner (its unit and period stay).
     *
     * @throws RuleViolationException naming the field: unknown unit or owner, a period that is not
     *     one, a limit out of range, no mode
     * @throws ConflictException on {@code period} when the unit has a budget overlapping it
     */
    public BudgetView save(BudgetDefinition definition) {
        BigDecimal money = money(definition);
        long limit = money == null ? limit(definition.limitPoints()) : inPoints(money);
        if (definition.mode() == null) {
            throw new RuleViolationException("mode", "error.budget.mode", "Choose FIXED or FLEXIBLE");
        }
        Long owner = owner(definition.ownerNumber());
        Instant now = Instant.now();
        if (definition.id() != null) {
            RewardBudget budget = em.find(RewardBudget.class, definition.id(), LockModeType.PESSIMISTIC_WRITE);
            if (budget == null) {
                throw unknown(definition.id());
            }
            if (money == null) {
                budget.change(limit, definition.mode(), owner, now);
            } else {
                budget.setInMoney(money, limit, definition.mode(), owner, now);
            }
            em.flush();
            return view(budget.getId());
        }
        OrgUnit unit = unit(definition.unitCode());
        SchemePeriod period = period(definition.periodKind(), definition.period());
        List<RewardBudget> overlapping = em.createNamedQuery(RewardBudget.FIND_OVERLAPPING, RewardBudget.class)
                .setParameter("unit", unit.getId())
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
        if (!overlapping.isEmpty()) {
            RewardBudget other = overlapping.get(0);
            throw new ConflictException(
                    "period",
                    "error.budget.overlap",
                    unit.getName() + " has a budget for " + other.period().label() + " already",
                    unit.getName(),
                    other.period().label());
        }
        var budget = new RewardBudget(unit.getId(), period, limit, definition.mode(), owner, now);
        if (money != null) {
            budget.setInMoney(money, limit, definition.mode(), owner, now);
        }
        em.persist(budget);
        em.flush();
        return view(budget.getId());
    }

    /** The limit in money when HR gave it so (never together with points), checked. */
    private static BigDecimal money(BudgetDefinition definition) {
        BigDecimal money = definition.limitMoney();
        if (money == null) {
            return null;
        }
        if (definition.limitPoints() != null) {
            throw new RuleViolationException(
                    "limitMoney", "error.budget.pointsOrMoney", "Give the limit in points or in money, not both");
        }
        if (money.signum() <= 0 || money.scale() > 2 || money.precision() - money.scale() > 10) {
            throw new RuleViolationException(
                    "limitMoney", "error.budget.money", "A limit in money is above 0, with at most two decimals");
        }
        return money;
    }

    /** What an amount of money buys in points at the day's rate, as a limit. */
    private long inPoints(BigDecimal money) {
        long points = money.divide(shop.pointValue(), 0, RoundingMode.DOWN).longValueExact();
        if (points <= 0 || points > MAX_LIMIT) {
            throw new RuleViolationException(
                    "limitMoney",
                    "error.budget.moneyLimit",
                    "A limit in money buys 1 to " + MAX_LIMIT + " points at " + shop.pointValue() + " a point",
                    MAX_LIMIT,
                    shop.pointValue());
        }
        return points;
    }

    private static long limit(Long points) {
        if (points == null || points <= 0 || points > MAX_LIMIT) {
            throw new RuleViolationException(
                    "limitPoints", "error.budget.limit", "A limit of 1 to " + MAX_LIMIT + " points", MAX_LIMIT);
        }
        return points;
    }

    private OrgUnit unit(String code) {
        return em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", code == null ? "" : code.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "unitCode", "error.budget.unit", "There is no org unit " + code, String.valueOf(code)));
    }

    private static SchemePeriod period(PeriodKind kind, String label) {
        if (kind == null) {
            throw new RuleViolationException("periodKind", "error.budget.periodKind", "Choose MONTH or QUARTER");
        }
        try {
            return SchemePeriod.parse(kind, label);
        } catch (IllegalArgumentException wrong) {
            throw new RuleViolationException(
                    "period",
                    "error.budget.period",
                    wrong.getMessage(),
                    String.valueOf(label),
                    kind == PeriodKind.MONTH ? "2026-12" : "2026-Q4");
        }
    }

    private Long owner(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", number.strip())
                .getResultStream()
                .findFirst()
                .map(Employee::getId)
                .orElseThrow(() -> new RuleViolationException(
                        "ownerNumber", "error.budget.owner", "There is no employee " + number, number));
    }

    private RewardBudget find(long id) {
        RewardBudget budget = em.find(RewardBudget.class, id);
        if (budget == null) {
            throw unknown(id);
        }
        return budget;
    }

    private static ResourceNotFoundException unknown(long id) {
        return new ResourceNotFoundException("error.budget.unknown", "No budget " + id, id);
    }

    /** What each budget used, by purpose: one grouped query. */
    private Map<Long, Map<BudgetPurpose, Long>> usedByPurpose(List<Long> ids) {
        Map<Long, Map<BudgetPurpose, Long>> used = new HashMap<>();
        if (ids.isEmpty()) {
            return used;
        }
        em.createQuery(
                        "SELECT d.budgetId, d.purpose, SUM(d.points) FROM BudgetDraw d WHERE d.budgetId IN :ids"
                                + " GROUP BY d.budgetId, d.purpose",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> used.computeIfAbsent((Long) row[0], k -> new EnumMap<>(BudgetPurpose.class))
                        .put((BudgetPurpose) row[1], ((Number) row[2]).longValue()));
        return used;
    }

    private BudgetView view(RewardBudget budget, Map<BudgetPurpose, Long> used) {
        OrgUnit unit = em.find(OrgUnit.class, budget.getUnitId());
        Employee owner = budget.getOwnerId() == null ? unit.getLead() : em.find(Employee.class, budget.getOwnerId());
        long total = used.values().stream().mapToLong(Long::longValue).sum();
        long limit = budget.getLimitPoints();
        return new BudgetView(
                budget.getId(),
                unit.getCode(),
                unit.getName(),
                budget.getPeriodKind(),
                budget.period().label(),
                budget.getPeriodStart(),
                budget.getPeriodEnd(),
                budget.getMode(),
                limit,
                shop.money(limit),
                budget.getLimitMoney(),
                shop.currency(),
                owner == null ? null : owner.getEmployeeNumber(),
                owner == null ? null : owner.getDisplayName(),
                total,
                used.getOrDefault(BudgetPurpose.ALLOWANCE, 0L),
                used.getOrDefault(BudgetPurpose.AWARD, 0L),
                used.getOrDefault(BudgetPurpose.BOOST, 0L),
                used.getOrDefault(BudgetPurpose.NOMINATION, 0L),
                -used.getOrDefault(BudgetPurpose.RETURN, 0L),
                limit - total,
                (int) Math.min(999, Math.round(100.0 * total / limit)),
                total > limit);
    }
}
