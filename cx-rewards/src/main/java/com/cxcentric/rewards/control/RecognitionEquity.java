package com.cxcentric.rewards.control;

import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.entity.Equity;
import com.cxcentric.segmentation.control.CurrentMembers;
import com.cxcentric.segmentation.entity.Segment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether recognition reaches everyone: per department, contact level, tenure or segment, how many
 * of the current people were recognised by colleagues in a window of days, how the recognition was
 * spread among them (Gini, the top tenth's share) and what they received in points from
 * recognition and from reward schemes. Everyone counts, those never recognised included. Three
 * grouped queries (people, recognition received, awards of periods ending in the window) and the
 * figures in memory: it costs people, not recognitions.
 */
@ApplicationScoped
public class RecognitionEquity {

    /** How the people are grouped. */
    public enum Grouping {
        DEPARTMENT,
        CONTACT_LEVEL,
        TENURE,
        SEGMENT
    }

    /** Tenure bands, by completed years since the hire date. */
    public enum Tenure {
        UNDER_1,
        FROM_1_TO_3,
        FROM_3_TO_5,
        FROM_5,
        UNKNOWN
    }

    /**
     * One group's figures: {@code recognisedPercent} of its people received at least one
     * recognition; {@code gini} and {@code topTenthPercent} (of the recognitions received) are
     * null when nobody was recognised.
     */
    public record Row(
            String key,
            String name,
            long people,
            long recognised,
            BigDecimal recognisedPercent,
            long recognitions,
            long giftPoints,
            long awards,
            long awardPoints,
            BigDecimal gini,
            BigDecimal topTenthPercent) {}

    /** The company's figures, the groups' (most people first) and the company's Lorenz curve at tenths. */
    public record Report(
            LocalDate from, LocalDate to, Grouping grouping, Row company, List<Row> groups, List<BigDecimal> lorenz) {}

    public static final int LORENZ_STEPS = 10;

    private record Person(long id, Long unitId, ContactLevel contact, LocalDate hired) {}

    private record Received(long recognitions, long giftPoints, long awards, long awardPoints) {
        static final Received NONE = new Received(0, 0, 0, 0);
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree tree;

    @Inject
    private BusinessDay businessDay;

    /** The report over the {@code days} days up to and including today. */
    public Report report(Grouping grouping, int days) {
        LocalDate to = businessDay.today();
        LocalDate from = to.minusDays(days - 1L);
        List<Person> people = people();
        Map<Long, Received> received = received(from, to);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Person>> groups = new LinkedHashMap<>();
        switch (grouping) {
            case DEPARTMENT -> {
                Map<Long, OrgUnit> departments = tree.departmentOfEachUnit();
                for (Person p : people) {
                    OrgUnit department = p.unitId() == null ? null : departments.get(p.unitId());
                    String key = department == null ? "" : department.getCode();
                    names.putIfAbsent(key, department == null ? null : department.getName());
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                }
            }
            case CONTACT_LEVEL -> people.forEach(p -> groups.computeIfAbsent(
                            p.contact() == null ? "" : p.contact().name(), k -> new ArrayList<>())
                    .add(p));
            case TENURE -> people.forEach(
                    p -> groups.computeIfAbsent(tenure(p.hired(), to).name(), k -> new ArrayList<>())
                            .add(p));
            case SEGMENT -> segments(people, groups, names);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, members) -> rows.add(row(key, names.get(key), members, received)));
        rows.sort(Comparator.comparing(Row::people).reversed().thenComparing(Row::key));
        long[] all = people.stream()
                .mapToLong(p -> received.getOrDefault(p.id(), Received.NONE).recognitions())
                .toArray();
        List<BigDecimal> lorenz = new ArrayList<>();
        for (double share : Equity.lorenz(all, LORENZ_STEPS)) {
            lorenz.add(BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP));
        }
        return new Report(from, to, grouping, row("", null, people, received), rows, lorenz);
    }

    static Tenure tenure(LocalDate hired, LocalDate today) {
        if (hired == null || hired.isAfter(today)) {
            return Tenure.UNKNOWN;
        }
        int years = Period.between(hired, today).getYears();
        return years < 1
                ? Tenure.UNDER_1
                : years < 3 ? Tenure.FROM_1_TO_3 : years < 5 ? Tenure.FROM_3_TO_5 : Tenure.FROM_5;
    }

    private static Row row(String key, String name, List<Person> members, Map<Long, Received> received) {
        long[] counts = new long[members.size()];
        long recognised = 0;
        long gifts = 0;
        long awards = 0;
        long awardPoints = 0;
        for (int i = 0; i < members.size(); i++) {
            Received r = received.getOrDefault(members.get(i).id(), Received.NONE);
            counts[i] = r.recognitions();
            recognised += r.recognitions() > 0 ? 1 : 0;
            gifts += r.giftPoints();
            awards += r.awards();
            awardPoints += r.awardPoints();
        }
        long total = Arrays.stream(counts).sum();
        return new Row(
                key,
                name,
                members.size(),
                recognised,
                members.isEmpty() ? null : percent((double) recognised / members.size()),
                total,
                gifts,
                awards,
                awardPoints,
                scaled(Equity.gini(counts), 3),
                percentOrNull(Equity.topShare(counts, 0.1)));
    }

    private List<Person> people() {
        return em
                .createQuery(
                        "SELECT e.id, u.id, e.contactLevel, e.hireDate FROM Employee e LEFT JOIN e.orgUnit u"
                                + " WHERE e.status <> :left",
                        Object[].class)
                .setParameter("left", EmploymentStatus.LEFT)
                .getResultList()
                .stream()
                .map(r -> new Person((Long) r[0], (Long) r[1], (ContactLevel) r[2], (LocalDate) r[3]))
                .toList();
    }

    /** Per person: recognitions received in the window (and their points), awards of periods that ended in it. */
    private Map<Long, Received> received(LocalDate from, LocalDate to) {
        Map<Long, long[]> sums = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> gifts = em.createNativeQuery("SELECT rr.employee_id, COUNT(*), SUM(r.points_each)"
                        + " FROM recognition r JOIN recognition_recipient rr ON rr.recognition_id = r.id"
                        + " WHERE r.created_at >= ? AND r.created_at < ? GROUP BY rr.employee_id")
                .setParameter(
                        1, Timestamp.from(from.atStartOfDay(businessDay.zone()).toInstant()))
                .setParameter(
                        2,
                        Timestamp.from(
                                to.plusDays(1).atStartOfDay(businessDay.zone()).toInstant()))
                .getResultList();
        for (Object[] row : gifts) {
            long[] sum = sums.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[4]);
            sum[0] = ((Number) row[1]).longValue();
            sum[1] = ((Number) row[2]).longValue();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> awards = em.createNativeQuery("SELECT a.employee_id, COUNT(*), SUM(a.points) FROM reward_award a"
                        + " WHERE a.period_end >= ? AND a.period_end <= ? GROUP BY a.employee_id")
                .setParameter(1, Date.valueOf(from))
                .setParameter(2, Date.valueOf(to))
                .getResultList();
        for (Object[] row : awards) {
            long[] sum = sums.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[4]);
            sum[2] = ((Number) row[1]).longValue();
            sum[3] = ((Number) row[2]).longValue();
        }
        Map<Long, Received> received = new HashMap<>();
        sums.forEach((id, s) -> received.put(id, new Received(s[0], s[1], s[2], s[3])));
        return received;
    }

    /** Each active segment's current members among the people; a person may be in several. */
    private void segments(List<Person> people, Map<String, List<Person>> groups, Map<String, String> names) {
        Map<Long, Person> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        for (Segment segment :
                em.createNamedQuery(Segment.FIND_ACTIVE, Segment.class).getResultList()) {
            String key = String.valueOf(segment.getId());
            names.put(key, segment.getName());
            List<Person> members = new ArrayList<>();
            em.createQuery(
                            "SELECT m.employeeId FROM SegmentMembership m WHERE m.segmentId = :segment AND "
                                    + CurrentMembers.currentStay("m"),
                            Long.class)
                    .setParameter("segment", segment.getId())
                    .getResultList()
                    .forEach(id -> {
                        Person p = byId.get(id);
                        if (p != null) {
                            members.add(p);
                        }
                    });
            groups.put(key, members);
        }
    }

    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percentOrNull(Double share) {
        return share == null ? null : percent(share);
    }

    private static BigDecimal scaled(Double value, int scale) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
