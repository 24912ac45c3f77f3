package com.cxcentric.outcomes.control;

import static com.cxcentric.platform.control.Jdbc.instant;
import static com.cxcentric.platform.control.Jdbc.localDate;
import static com.cxcentric.platform.control.Jdbc.marks;

import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.outcomes.entity.LifecycleStage;
import com.cxcentric.outcomes.entity.ScoreCounts;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.segmentation.control.CurrentMembers;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Sums of rollup counts for a scope: a period, optionally touchpoints, and optionally a group of
 * employees (an org unit with everything below it, a segment, one employee, or the intersection of
 * a unit and a segment). A rollup row counts once when its attribution names at least one member
 * of the group, so a response naming two members is not counted twice. Cost grows with
 * attributions x days, never with the number of responses.
 */
@Dependent
public class OutcomeQueries {

    private static final String SUMS = "SUM(r.responses), SUM(r.nps_responses), SUM(r.promoters), SUM(r.passives),"
            + " SUM(r.detractors), SUM(r.csat_responses), SUM(r.csat_satisfied), SUM(r.csat_sum),"
            + " SUM(r.ces_responses), SUM(r.ces_easy), SUM(r.ces_sum)";

    /** Who and what a figure is about. Null parts do not restrict. */
    public record Scope(
            LocalDate from, LocalDate to, Set<String> touchpoints, String unitCode, Long segmentId, Long employeeId) {

        public Scope {
            touchpoints = touchpoints == null ? Set.of() : Set.copyOf(touchpoints);
        }

        public Scope during(LocalDate newFrom, LocalDate newTo) {
            return new Scope(newFrom, newTo, touchpoints, unitCode, segmentId, employeeId);
        }

        /** The same scope for another org unit (and everything below it). */
        public Scope inUnit(String code) {
            return new Scope(from, to, touchpoints, code, segmentId, employeeId);
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree tree;

    /** The summed counts of the scope. */
    public ScoreCounts counts(Scope scope) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, parameters);
        Object[] row =
                (Object[]) bind(em.createNativeQuery("SELECT " + SUMS + " FROM feedback_rollup r" + where), parameters)
                        .getSingleResult();
        return counts(row, 0);
    }

    /** The counts of one day at one touchpoint. */
    public record DayAtTouchpoint(LocalDate day, String touchpoint, ScoreCounts counts) {}

    /**
     * The summed counts of the scope per day and touchpoint code: one pass over the rollups from
     * which a dashboard takes its totals, its trend and its touchpoint breakdown.
     */
    public List<DayAtTouchpoint> countsPerDayAndTouchpoint(Scope scope) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, parameters);
        List<DayAtTouchpoint> rows = new ArrayList<>();
        for (Object result : bind(
                        em.createNativeQuery("SELECT r.occurred_on, t.code, " + SUMS + " FROM feedback_rollup r"
                                + " JOIN touchpoint t ON t.id = r.touchpoint_id" + where
                                + " GROUP BY r.occurred_on, t.code"),
                        parameters)
                .getResultList()) {
            Object[] row = (Object[]) result;
            rows.add(new DayAtTouchpoint(localDate(row[0]), (String) row[1], counts(row, 2)));
        }
        return rows;
    }

    /**
     * The summed counts of the scope for each of several units (a unit with every unit below it, by
     * the given subtrees) in one pass: a rollup row counts once for each unit whose people it names.
     */
    public Map<Long, ScoreCounts> countsPerUnit(Scope scope, Map<Long, Set<Long>> subtrees) {
        Map<Long, ScoreCounts> perUnit = new HashMap<>();
        if (subtrees.isEmpty()) {
            return perUnit;
        }
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, parameters);
        for (Object result : bind(
                        em.createNativeQuery("SELECT x.unit_id, " + SUMS + " FROM feedback_rollup r JOIN "
                                + attributionsPerUnit(subtrees) + " x ON x.attribution_id = r.attribution_id" + where
                                + " GROUP BY x.unit_id"),
                        parameters)
                .getResultList()) {
            Object[] row = (Object[]) result;
            perUnit.put(((Number) row[0]).longValue(), counts(row, 1));
        }
        return perUnit;
    }

    /**
     * How many of the customers each unit served stand at each lifecycle stage, in one pass (see
     * {@link #stagesServed}); every unit and stage is present, zero when none.
     */
    public Map<Long, Map<LifecycleStage, Long>> stagesServedPerUnit(Scope scope, Map<Long, Set<Long>> subtrees) {
        Map<Long, Map<LifecycleStage, Long>> perUnit = new HashMap<>();
        subtrees.keySet().forEach(unit -> perUnit.put(unit, noStages()));
        if (subtrees.isEmpty()) {
            return perUnit;
        }
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, parameters);
        for (Object result : bind(
                        em.createNativeQuery("SELECT x.unit_id, s.stage, COUNT(DISTINCT r.customer_ref) FROM feedback r"
                                + " JOIN customer_stage s ON s.customer_ref = r.customer_ref JOIN "
                                + attributionsPerUnit(subtrees) + " x ON x.attribution_id = r.attribution_id" + where
                                + " GROUP BY x.unit_id, s.stage"),
                        parameters)
                .getResultList()) {
            Object[] row = (Object[]) result;
            perUnit.get(((Number) row[0]).longValue()).put(LifecycleStage.valueOf((String) row[1]), number(row[2]));
        }
        return perUnit;
    }

    private static Map<LifecycleStage, Long> noStages() {
        var counts = new EnumMap<LifecycleStage, Long>(LifecycleStage.class);
        for (var stage : LifecycleStage.values()) {
            counts.put(stage, 0L);
        }
        return counts;
    }

    /** A derived table of (attribution_id, unit_id): each attribution with each unit whose people it names. */
    private static String attributionsPerUnit(Map<Long, Set<Long>> subtrees) {
        StringBuilder unit = new StringBuilder("CASE");
        subtrees.forEach((id, members) -> unit.append(" WHEN e.org_unit_id IN (")
                .append(members.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .append(") THEN ")
                .append(id));
        unit.append(" END");
        String all = subtrees.values().stream()
                .flatMap(Set::stream)
                .distinct()
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        return "(SELECT DISTINCT am.attribution_id, " + unit + " AS unit_id FROM attribution_member am"
                + " JOIN employee e ON e.id = am.employee_id WHERE e.org_unit_id IN (" + all + "))";
    }

    /** A response as the drill-down lists it; the comment is text, escaped wherever it is shown. */
    public record ResponseRow(
            Instant occurredAt,
            String touchpoint,
            String employees,
            Integer nps,
            Integer csat,
            Integer ces,
            String comment) {}

    /** The follow-ups of the scope's responses: recovered, with a known outcome, open, open past due. */
    public record FollowUpCounts(long recovered, long knownOutcome, long open, long overdue) {}

    public FollowUpCounts followUps(Scope scope, Instant now) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(Timestamp.from(now));
        String where = where(scope, parameters);
        Object[] row = (Object[]) bind(
                        em.createNativeQuery("SELECT SUM(CASE WHEN fu.recovery = 'RECOVERED' THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN fu.recovery IN ('RECOVERED', 'NOT_RECOVERED') THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN fu.status = 'OPEN' THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN fu.status = 'OPEN' AND fu.due_at < ? THEN 1 ELSE 0 END)"
                                + " FROM follow_up fu JOIN feedback r ON r.id = fu.feedback_id" + where),
                        parameters)
                .getSingleResult();
        return new FollowUpCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    /**
     * The complaints of the scope: how many, how many with first-contact resolution known and yes,
     * the resolution time in calendar hours of each resolved one, and their follow-ups' recovery.
     */
    public record ComplaintCounts(
            long complaints,
            long fcrKnown,
            long fcrYes,
            List<Double> resolutionHours,
            long recovered,
            long recoveryKnown) {}

    public ComplaintCounts complaints(Scope scope) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, parameters);
        Object[] row = (Object[]) bind(
                        em.createNativeQuery("SELECT COUNT(*),"
                                + " SUM(CASE WHEN r.first_contact_resolution IS NOT NULL THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN r.first_contact_resolution = TRUE THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN fu.recovery = 'RECOVERED' THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN fu.recovery IN ('RECOVERED', 'NOT_RECOVERED') THEN 1 ELSE 0 END)"
                                + " FROM complaint r LEFT JOIN follow_up fu ON fu.complaint_id = r.id" + where),
                        parameters)
                .getSingleResult();
        List<Double> hours = new ArrayList<>();
        for (Object result : bind(
                        em.createNativeQuery("SELECT r.occurred_at, r.resolved_at FROM complaint r" + where
                                + " AND r.resolved_at IS NOT NULL"),
                        parameters)
                .getResultList()) {
            Object[] times = (Object[]) result;
            hours.add(Duration.between(instant(times[0]), instant(times[1])).toSeconds() / 3600.0);
        }
        return new ComplaintCounts(
                number(row[0]), number(row[1]), number(row[2]), hours, number(row[3]), number(row[4]));
    }

    /** How many compliments the scope received. */
    public long compliments(Scope scope) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, parameters);
        return number(bind(em.createNativeQuery("SELECT COUNT(*) FROM compliment r" + where), parameters)
                .getSingleResult());
    }

    /**
     * How many of the customers the scope served (those with a response in its period naming its
     * people) stand at each lifecycle stage; every stage is present, zero when none.
     */
    public Map<LifecycleStage, Long> stagesServed(Scope scope) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, parameters);
        var counts = noStages();
        for (Object result : bind(
                        em.createNativeQuery("SELECT s.stage, COUNT(DISTINCT r.customer_ref) FROM feedback r"
                                + " JOIN customer_stage s ON s.customer_ref = r.customer_ref" + where
                                + " GROUP BY s.stage"),
                        parameters)
                .getResultList()) {
            Object[] row = (Object[]) result;
            counts.put(LifecycleStage.valueOf((String) row[0]), number(row[1]));
        }
        return counts;
    }

    /** A compliment as the people it names see it. */
    public record ComplimentRow(Instant occurredAt, String touchpoint, String comment) {}

    /** The scope's newest compliments, at most {@code limit}. */
    public List<ComplimentRow> complimentRows(Scope scope, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, parameters);
        return bind(
                        em.createNativeQuery("SELECT r.occurred_at, t.name, r.comment_text FROM compliment r"
                                        + " JOIN touchpoint t ON t.id = r.touchpoint_id" + where
                                        + " ORDER BY r.occurred_at DESC, r.id DESC")
                                .setMaxResults(limit),
                        parameters)
                .getResultList()
                .stream()
                .map(result -> {
                    Object[] row = (Object[]) result;
                    return new ComplimentRow(instant(row[0]), (String) row[1], (String) row[2]);
                })
                .toList();
    }

    /** Measured service events of the scope and how many met their standard. */
    public record StandardCounts(long measured, long met) {}

    public StandardCounts standards(Scope scope) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, parameters);
        Object[] row = (Object[]) bind(
                        em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN r.met = TRUE THEN 1 ELSE 0 END)"
                                + " FROM service_event r" + where),
                        parameters)
                .getSingleResult();
        return new StandardCounts(number(row[0]), number(row[1]));
    }

    /** A complaint category that came back at a touchpoint, and how many of those had the root cause fixed. */
    public record RecurringCategory(String touchpoint, String category, long complaints, long rootCauseFixed) {}

    /** Categories with at least two complaints at the same touchpoint in the scope, most frequent first (top 20). */
    public List<RecurringCategory> recurringCategories(Scope scope) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, parameters);
        return bind(
                        em.createNativeQuery("SELECT t.name, r.category, COUNT(*),"
                                        + " SUM(CASE WHEN r.root_cause_fixed = TRUE THEN 1 ELSE 0 END)"
                                        + " FROM complaint r JOIN touchpoint t ON t.id = r.touchpoint_id" + where
                                        + " GROUP BY t.name, r.category HAVING COUNT(*) >= 2"
                                        + " ORDER BY COUNT(*) DESC, t.name, r.category")
                                .setMaxResults(20),
                        parameters)
                .getResultList()
                .stream()
                .map(result -> {
                    Object[] row = (Object[]) result;
                    return new RecurringCategory((String) row[0], (String) row[1], number(row[2]), number(row[3]));
                })
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A response the figures count: it gives at least one score (a comment alone counts in none). */
    private static final String SCORED = " AND (r.nps IS NOT NULL OR r.csat IS NOT NULL OR r.ces IS NOT NULL)";

    /** Every response of the scope, newest first (the caller bounds how many there may be). */
    public List<ResponseRow> allResponses(Scope scope, boolean scoredOnly) {
        return rows(scope, scoredOnly, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of the scope's responses, newest first, with the names of the people they name:
     * with {@code scoredOnly} exactly the responses the figures count, so that the list's total is
     * the figures' "responses"; otherwise comments without a score too.
     */
    public Page<ResponseRow> responses(Scope scope, boolean scoredOnly, PageRequest page) {
        return new Page<>(
                rows(scope, scoredOnly, page.offset(), page.size()),
                page.page(),
                page.size(),
                count(scope, scoredOnly));
    }

    /** How many responses of the scope give no score, only a comment. */
    public long unscored(Scope scope) {
        return count(scope, " AND r.nps IS NULL AND r.csat IS NULL AND r.ces IS NULL");
    }

    private long count(Scope scope, boolean scoredOnly) {
        return count(scope, scoredOnly ? SCORED : "");
    }

    private long count(Scope scope, String condition) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, parameters) + condition;
        return ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM feedback r" + where), parameters)
                        .getSingleResult())
                .longValue();
    }

    private List<ResponseRow> rows(Scope scope, boolean scoredOnly, int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, parameters) + (scoredOnly ? SCORED : "");
        List<Object[]> found = new ArrayList<>();
        for (Object result : bind(
                        em.createNativeQuery("SELECT r.occurred_at, t.name, r.attribution_id, r.nps, r.csat, r.ces,"
                                + " r.comment_text FROM feedback r JOIN touchpoint t ON t.id = r.touchpoint_id" + where
                                + " ORDER BY r.occurred_at DESC, r.id DESC"),
                        parameters)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList()) {
            found.add((Object[]) result);
        }
        Map<Long, String> names =
                names(found.stream().map(row -> ((Number) row[2]).longValue()).toList());
        List<ResponseRow> rows = found.stream()
                .map(row -> new ResponseRow(
                        instant(row[0]),
                        (String) row[1],
                        names.getOrDefault(((Number) row[2]).longValue(), ""),
                        score(row[3]),
                        score(row[4]),
                        score(row[5]),
                        (String) row[6]))
                .toList();
        return rows;
    }

    /** The names of the people each attribution names (their number while the directory does not know them). */
    private Map<Long, String> names(List<Long> attributions) {
        Map<Long, TreeSet<String>> names = new HashMap<>();
        if (!attributions.isEmpty()) {
            for (Object result : em.createNativeQuery("SELECT am.attribution_id, e.first_name, e.last_name,"
                            + " am.employee_number FROM attribution_member am LEFT JOIN employee e ON e.id = am.employee_id"
                            + " WHERE am.attribution_id IN ("
                            + attributions.stream()
                                    .distinct()
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(", "))
                            + ")")
                    .getResultList()) {
                Object[] row = (Object[]) result;
                names.computeIfAbsent(((Number) row[0]).longValue(), k -> new TreeSet<>())
                        .add(row[1] == null ? (String) row[3] : row[1] + " " + row[2]);
            }
        }
        Map<Long, String> joined = new HashMap<>();
        names.forEach((id, set) -> joined.put(id, String.join(", ", set)));
        return joined;
    }

    private static Integer score(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private String where(Scope scope, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE r.occurred_on >= ? AND r.occurred_on <= ?");
        parameters.add(Date.valueOf(scope.from()));
        parameters.add(Date.valueOf(scope.to()));
        if (!scope.touchpoints().isEmpty()) {
            where.append(" AND r.touchpoint_id IN (SELECT t.id FROM touchpoint t WHERE t.code IN (")
                    .append(marks(scope.touchpoints().size()))
                    .append("))");
            parameters.addAll(scope.touchpoints().stream().sorted().toList());
        }
        List<String> group = new ArrayList<>();
        if (scope.unitCode() != null) {
            Collection<Long> units = tree.subtreeOfCodes(Set.of(scope.unitCode()));
            group.add(
                    units.isEmpty()
                            ? "1 = 0"
                            : "e.org_unit_id IN ("
                                    + units.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        }
        if (scope.segmentId() != null) {
            group.add(CurrentMembers.of("e.id"));
            parameters.add(scope.segmentId());
        }
        if (scope.employeeId() != null) {
            group.add("e.id = ?");
            parameters.add(scope.employeeId());
        }
        if (!group.isEmpty()) {
            where.append(
                            " AND r.attribution_id IN (SELECT am.attribution_id FROM attribution_member am JOIN employee e")
                    .append(" ON e.id = am.employee_id WHERE ")
                    .append(String.join(" AND ", group))
                    .append(")");
        }
        return where.toString();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static ScoreCounts counts(Object[] row, int first) {
        long[] v = new long[11];
        for (int i = 0; i < v.length; i++) {
            v[i] = row[first + i] == null ? 0 : ((Number) row[first + i]).longValue();
        }
        return new ScoreCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
    }
}
