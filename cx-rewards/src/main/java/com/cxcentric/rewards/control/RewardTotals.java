package com.cxcentric.rewards.control;

import com.cxcentric.platform.control.BusinessDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the points went over a window, one grouped query each: the awards of each reward scheme
 * (of the periods that ended in the window) and the recognition of each company value (gifts and
 * the boosts added to them).
 */
@ApplicationScoped
public class RewardTotals {

    /** A scheme's awards in the window: how many, to how many people, the points and their value. */
    public record SchemeTotal(
            String code,
            String name,
            long periods,
            long awards,
            long people,
            long points,
            BigDecimal value,
            String currency,
            long held) {}

    /** A company value's recognition in the window. */
    public record ValueTotal(
            String code,
            String name,
            long recognitions,
            long people,
            long giftPoints,
            long boostPoints,
            BigDecimal value,
            String currency) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private BusinessDay businessDay;

    @Inject
    private RewardShop shop;

    public LocalDate from(int days) {
        return businessDay.today().minusDays(days - 1L);
    }

    /** Every scheme, those with the most points first; {@code held} counts awards waiting for or refused approval. */
    public List<SchemeTotal> bySchemes(int days) {
        List<SchemeTotal> totals = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT s.code, s.name, COUNT(DISTINCT a.period_start), COUNT(a.id),"
                        + " COUNT(DISTINCT a.employee_id), COALESCE(SUM(CASE WHEN r.id IS NULL OR r.status = 'APPROVED'"
                        + " THEN a.points ELSE 0 END), 0), SUM(CASE WHEN r.id IS NOT NULL AND r.status <> 'APPROVED'"
                        + " THEN 1 ELSE 0 END) FROM reward_scheme s LEFT JOIN reward_award a ON a.scheme_id = s.id"
                        + " AND a.period_end >= ? LEFT JOIN approval_request r ON r.award_id = a.id"
                        + " GROUP BY s.code, s.name ORDER BY 6 DESC, s.name")
                .setParameter(1, Date.valueOf(from(days)))
                .getResultList()) {
            Object[] r = (Object[]) row;
            long points = number(r[5]);
            totals.add(new SchemeTotal(
                    (String) r[0],
                    (String) r[1],
                    number(r[2]),
                    number(r[3]),
                    number(r[4]),
                    points,
                    shop.money(points),
                    shop.currency(),
                    number(r[6])));
        }
        return totals;
    }

    /** Every company value, those most recognised first. */
    public List<ValueTotal> byValues(int days) {
        Timestamp since =
                Timestamp.from(from(days).atStartOfDay(businessDay.zone()).toInstant());
        List<ValueTotal> totals = new ArrayList<>();
        for (Object row : em.createNativeQuery(
                        "SELECT v.code, v.name, COUNT(DISTINCT g.id), COUNT(DISTINCT rr.employee_id),"
                                + " COALESCE((SELECT SUM(t.amount) FROM points_transfer t JOIN recognition x ON x.id = t.recognition_id"
                                + " WHERE x.value_code = v.code AND x.created_at >= ? AND t.kind = 'GIFT'), 0),"
                                + " COALESCE((SELECT SUM(t.amount) FROM points_transfer t JOIN recognition x ON x.id = t.recognition_id"
                                + " WHERE x.value_code = v.code AND x.created_at >= ? AND t.kind = 'BOOST'), 0)"
                                + " FROM company_value v LEFT JOIN recognition g ON g.value_code = v.code AND g.created_at >= ?"
                                + " LEFT JOIN recognition_recipient rr ON rr.recognition_id = g.id"
                                + " GROUP BY v.code, v.name ORDER BY 3 DESC, v.name")
                .setParameter(1, since)
                .setParameter(2, since)
                .setParameter(3, since)
                .getResultList()) {
            Object[] r = (Object[]) row;
            long gifts = number(r[4]);
            long boosts = number(r[5]);
            totals.add(new ValueTotal(
                    (String) r[0],
                    (String) r[1],
                    number(r[2]),
                    number(r[3]),
                    gifts,
                    boosts,
                    shop.money(gifts + boosts),
                    shop.currency()));
        }
        return totals;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
