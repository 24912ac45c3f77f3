package com.cxcentric.rewards.control;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.entity.Redemption;
import com.cxcentric.rewards.entity.RedemptionStatus;
import com.cxcentric.rewards.entity.RewardItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The catalog and the redemptions as people read them: names instead of ids, money beside points. */
@ApplicationScoped
public class RedemptionViews {

    public record ItemView(
            String code,
            String name,
            String description,
            Motivator motivator,
            long costPoints,
            BigDecimal moneyValue,
            String currency,
            Integer stock,
            String unitCode,
            String unitName,
            int minTenureMonths,
            boolean active) {}

    /**
     * A reward as one person sees it: {@code rank} is where its kind stands in their own ranking
     * (1 = what they value most, null when they did not rank it), {@code shortBy} the points they
     * still need (0 when they can have it now).
     */
    public record Offer(ItemView item, Integer rank, boolean topChoice, long shortBy, boolean inStock) {}

    public record RedemptionView(
            long id,
            Instant requestedAt,
            String employeeNumber,
            String employeeName,
            String unitName,
            String itemCode,
            String itemName,
            Motivator motivator,
            long points,
            BigDecimal moneyValue,
            String currency,
            RedemptionStatus status,
            Instant decidedAt,
            String decidedBy,
            String note) {}

    /**
     * What payroll needs of a month: per person and kind of reward, the rewards handed over that
     * month (by the day HR settled them), their points and their money value.
     */
    public record PayrollRow(
            YearMonth month,
            String employeeNumber,
            String employeeName,
            String unitName,
            Motivator motivator,
            long redemptions,
            long points,
            BigDecimal moneyValue,
            String currency) {}

    private static final String NEWEST_FIRST = " ORDER BY r.requestedAt DESC, r.id DESC";

    private static final String OLDEST_FIRST = " ORDER BY r.requestedAt, r.id";

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private RewardShop shop;

    @Inject
    private BusinessDay businessDay;

    public ItemView item(RewardItem item) {
        OrgUnit unit = item.getUnitId() == null ? null : em.find(OrgUnit.class, item.getUnitId());
        return new ItemView(
                item.getCode(),
                item.getName(),
                item.getDescription(),
                item.getMotivator(),
                item.getCostPoints(),
                shop.money(item.getCostPoints()),
                shop.currency(),
                item.getStock(),
                unit == null ? null : unit.getCode(),
                unit == null ? null : unit.getName(),
                item.getMinTenureMonths(),
                item.isActive());
    }

    /** Every reward, those offered first, cheapest first. */
    public List<ItemView> items() {
        return em.createNamedQuery(RewardItem.FIND_ALL, RewardItem.class).getResultList().stream()
                .map(this::item)
                .toList();
    }

    /**
     * The rewards a person may have today, those of the kind they value most first (their own
     * ranking of motivators), then by cost.
     */
    public List<Offer> offersFor(Employee person, long balance) {
        LocalDate today = businessDay.today();
        List<Motivator> ranking = person.getMotivators();
        return em.createNamedQuery(RewardItem.FIND_ALL, RewardItem.class).getResultList().stream()
                .filter(i -> shop.eligible(i, person, today))
                .map(i -> {
                    int at = ranking.indexOf(i.getMotivator());
                    return new Offer(
                            item(i),
                            at < 0 ? null : at + 1,
                            at == 0,
                            Math.max(0, i.getCostPoints() - balance),
                            i.inStock());
                })
                .sorted(Comparator.comparing((Offer o) -> o.rank() == null ? Integer.MAX_VALUE : o.rank())
                        .thenComparing(o -> o.item().costPoints())
                        .thenComparing(o -> o.item().code()))
                .toList();
    }

    public RedemptionView view(Redemption redemption) {
        return page("r.id = :id", Map.of("id", redemption.getId()), new PageRequest(0, 1))
                .items()
                .get(0);
    }

    /** One person's redemptions, newest first. */
    public Page<RedemptionView> of(long employeeId, PageRequest page) {
        return page("r.employeeId = :person", Map.of("person", employeeId), page);
    }

    /** The redemptions of a status (all when null): pending ones oldest first, so the longest waiting come first. */
    public Page<RedemptionView> byStatus(RedemptionStatus status, PageRequest page) {
        if (status == null) {
            return page("1 = 1", Map.of(), page);
        }
        return page(
                "r.status = :status",
                Map.of("status", status),
                status == RedemptionStatus.PENDING ? OLDEST_FIRST : NEWEST_FIRST,
                page);
    }

    /** The month's settled rewards per person and kind, by employee number. */
    public List<PayrollRow> payroll(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(businessDay.zone()).toInstant();
        Instant to =
                month.plusMonths(1).atDay(1).atStartOfDay(businessDay.zone()).toInstant();
        List<Object[]> rows = em.createQuery(
                        "SELECT e, i.motivator, COUNT(r), SUM(r.points), SUM(r.moneyValue), r.currency"
                                + " FROM Redemption r, RewardItem i, Employee e WHERE i.id = r.itemId AND e.id = r.employeeId"
                                + " AND r.status = :settled AND r.decidedAt >= :from AND r.decidedAt < :to"
                                + " GROUP BY e, i.motivator, r.currency ORDER BY e.employeeNumber, i.motivator",
                        Object[].class)
                .setParameter("settled", RedemptionStatus.SETTLED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        List<PayrollRow> payroll = new ArrayList<>();
        for (Object[] row : rows) {
            Employee e = (Employee) row[0];
            payroll.add(new PayrollRow(
                    month,
                    e.getEmployeeNumber(),
                    e.getDisplayName(),
                    e.getOrgUnit() == null ? null : e.getOrgUnit().getName(),
                    (Motivator) row[1],
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(),
                    (BigDecimal) row[4],
                    (String) row[5]));
        }
        return payroll;
    }

    private Page<RedemptionView> page(String where, Map<String, Object> parameters, PageRequest page) {
        return page(where, parameters, NEWEST_FIRST, page);
    }

    private Page<RedemptionView> page(String where, Map<String, Object> parameters, String order, PageRequest page) {
        var query = em.createQuery(
                "SELECT r, i, e FROM Redemption r, RewardItem i, Employee e WHERE i.id = r.itemId"
                        + " AND e.id = r.employeeId AND " + where + order,
                Object[].class);
        var count = em.createQuery("SELECT COUNT(r) FROM Redemption r WHERE " + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<RedemptionView> views =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                        .map(row -> view((Redemption) row[0], (RewardItem) row[1], (Employee) row[2]))
                        .collect(Collectors.toCollection(ArrayList::new));
        return new Page<>(views, page.page(), page.size(), count.getSingleResult());
    }

    private static RedemptionView view(Redemption r, RewardItem i, Employee e) {
        return new RedemptionView(
                r.getId(),
                r.getRequestedAt(),
                e.getEmployeeNumber(),
                e.getDisplayName(),
                e.getOrgUnit() == null ? null : e.getOrgUnit().getName(),
                i.getCode(),
                i.getName(),
                i.getMotivator(),
                r.getPoints(),
                r.getMoneyValue(),
                r.getCurrency(),
                r.getStatus(),
                r.getDecidedAt(),
                r.getDecidedBy(),
                r.getDecisionNote());
    }

    /** The redemptions waiting per reward, for the catalog page. */
    public Map<String, Long> pendingByItem() {
        Map<String, Long> pending = new LinkedHashMap<>();
        em.createQuery(
                        "SELECT i.code, COUNT(r) FROM Redemption r, RewardItem i WHERE i.id = r.itemId"
                                + " AND r.status = :pending GROUP BY i.code",
                        Object[].class)
                .setParameter("pending", RedemptionStatus.PENDING)
                .getResultList()
                .forEach(row -> pending.put((String) row[0], ((Number) row[1]).longValue()));
        return pending;
    }
}
