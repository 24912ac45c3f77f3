package com.cxcentric.outcomes.control;

import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.outcomes.entity.Tally;
import com.cxcentric.platform.Offered;
import com.cxcentric.segmentation.control.CurrentMembers;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tallies of a {@link PersonMetric} for every person of a population, or for every team (the
 * current people of an org unit), over a period: one grouped query each, whatever the number of
 * people. A person's tally counts every record naming them; a team's counts a record once when
 * it names any of its people, as every group figure does (docs/METRICS.md, "Attribution"). Survey
 * metrics come from the daily rollups, unless records are filtered (solicited responses left out,
 * at most so many responses of one customer per person and period), which only the records know.
 */
@Offered
@Dependent
public class PersonTallies {

    /**
     * Whom a figure is about: the current (not left) people of some org units (null: every unit)
     * who are, if a segment is given, its current members.
     */
    @Offered
    public record Population(Set<Long> unitIds, Long segmentId) {

        public static final Population EVERYONE = new Population(null, null);

        public Population {
            unitIds = unitIds == null ? null : Set.copyOf(unitIds);
        }
    }

    /** Which survey responses do not count: those tagged {@code solicited}; past the first so many of one customer. */
    @Offered
    public record Filters(String excludedTag, Integer maxPerCustomer) {

        public static final Filters NONE = new Filters(null, null);

        boolean any() {
            return excludedTag != null || maxPerCustomer != null;
        }
    }

    /** A person of a population with the unit they work in now (null when none). */
    @Offered
    public record Member(long employeeId, Long unitId) {}

    /** Where a metric's counts are read and how one row adds to the sample, the successes and the failures. */
    private record Source(String from, String sample, String positive, String negative, String condition) {}

    /** From a metric's records to the people they name. */
    private static final String PERSON_JOIN = " JOIN attribution_member am ON am.attribution_id = r.attribution_id"
            + " JOIN employee e ON e.id = am.employee_id";

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /** The people of a population. */
    public List<Member> members(Population population) {
        List<Object> parameters = new ArrayList<>();
        String where = population(population, parameters);
        List<Member> members = new ArrayList<>();
        for (Object result : bind(
                        em.createNativeQuery(
                                "SELECT e.id, e.org_unit_id FROM employee e WHERE " + where + " ORDER BY e.id"),
                        parameters)
                .getResultList()) {
            Object[] row = (Object[]) result;
            members.add(
                    new Member(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue()));
        }
        return members;
    }

    /** Each person's tally of the period (people without a record are absent). */
    public Map<Long, Tally> perPerson(
            PersonMetric metric, LocalDate from, LocalDate to, Population population, Filters filters) {
        List<Object> parameters = new ArrayList<>();
        return tallies(
                metric,
                from,
                to,
                filters,
                "am.employee_id",
                PERSON_JOIN,
                population(population, parameters),
                parameters);
    }

    /** One person's tally in one month; {@code month} counts months as year × 12 + month − 1. */
    @Offered
    public record MonthTally(long employeeId, int month, Tally tally) {}

    /**
     * Each person's tally month by month over the period (months without a record are absent):
     * one grouped query, whatever the number of people and months. The training impact analysis
     * reads its panel through it.
     */
    public List<MonthTally> perPersonMonth(PersonMetric metric, LocalDate from, LocalDate to, Population population) {
        Source source = source(metric, false);
        List<Object> parameters = new ArrayList<>();
        parameters.add(Date.valueOf(from));
        parameters.add(Date.valueOf(to));
        String where = " WHERE r.occurred_on >= ? AND r.occurred_on <= ? AND " + population(population, parameters)
                + " AND " + source.condition();
        String sql = "SELECT y.k, y.m, SUM(y.s), SUM(y.p), SUM(y.n) FROM (SELECT am.employee_id AS k,"
                + " EXTRACT(YEAR FROM r.occurred_on) * 12 + EXTRACT(MONTH FROM r.occurred_on) - 1 AS m, "
                + source.sample() + " AS s, " + source.positive() + " AS p, " + source.negative() + " AS n FROM "
                + source.from() + PERSON_JOIN + where + ") y GROUP BY y.k, y.m";
        List<MonthTally> tallies = new ArrayList<>();
        for (Object result : bind(em.createNativeQuery(sql), parameters).getResultList()) {
            Object[] row = (Object[]) result;
            tallies.add(new MonthTally(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).intValue(),
                    new Tally(number(row[2]), number(row[3]), number(row[4]))));
        }
        return tallies;
    }

    /** Each team's tally of the period: the records naming anyone working in that unit now. */
    public Map<Long, Tally> perTeam(
            PersonMetric metric, LocalDate from, LocalDate to, Collection<Long> unitIds, Filters filters) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        String join = " JOIN (SELECT DISTINCT am.attribution_id, e.org_unit_id AS unit_id FROM attribution_member am"
                + " JOIN employee e ON e.id = am.employee_id WHERE e.status <> 'LEFT' AND e.org_unit_id IN ("
                + ids(unitIds) + ")) x ON x.attribution_id = r.attribution_id";
        return tallies(metric, from, to, filters, "x.unit_id", join, "1 = 1", new ArrayList<>());
    }

    /** A period, both days included. */
    @Offered
    public record Period(LocalDate from, LocalDate to) {}

    /** The survey metrics a team's tallies are read for in one pass ({@link #surveyTalliesPerTeam}). */
    public static final List<PersonMetric> SURVEY_METRICS =
            List.of(PersonMetric.NPS, PersonMetric.CSAT_PERCENT, PersonMetric.CES_EASY_PERCENT);

    /**
     * Each team's NPS, CSAT % and CES % tallies in each period, as {@link #perTeam} gives them one
     * metric and one period at a time, but in one pass over the daily rollups: the list holds one
     * map per period, in the order given. Teams without a response in any period are absent.
     */
    public Map<Long, List<Map<PersonMetric, Tally>>> surveyTalliesPerTeam(
            Collection<Long> unitIds, List<Period> periods) {
        if (unitIds.isEmpty() || periods.isEmpty()) {
            return Map.of();
        }
        String[][] columns = {
            {"r.nps_responses", "r.promoters", "r.detractors"},
            {"r.csat_responses", "r.csat_satisfied", "0"},
            {"r.ces_responses", "r.ces_easy", "0"}
        };
        StringBuilder sums = new StringBuilder();
        StringBuilder any = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            String inPeriod = "r.occurred_on >= ?" + (2 * p + 1) + " AND r.occurred_on <= ?" + (2 * p + 2);
            parameters.add(Date.valueOf(periods.get(p).from()));
            parameters.add(Date.valueOf(periods.get(p).to()));
            any.append(p == 0 ? "(" : " OR (").append(inPeriod).append(')');
            for (String[] metric : columns) {
                for (String column : metric) {
                    sums.append(", SUM(CASE WHEN ")
                            .append(inPeriod)
                            .append(" THEN ")
                            .append(column)
                            .append(" ELSE 0 END)");
                }
            }
        }
        String sql = "SELECT x.unit_id" + sums + " FROM feedback_rollup r"
                + " JOIN (SELECT DISTINCT am.attribution_id, e.org_unit_id AS unit_id FROM attribution_member am"
                + " JOIN employee e ON e.id = am.employee_id WHERE e.status <> 'LEFT' AND e.org_unit_id IN ("
                + ids(unitIds) + ")) x ON x.attribution_id = r.attribution_id WHERE " + any + " GROUP BY x.unit_id";
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Map<Long, List<Map<PersonMetric, Tally>>> teams = new HashMap<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            List<Map<PersonMetric, Tally>> perPeriod = new ArrayList<>();
            int at = 1;
            for (int p = 0; p < periods.size(); p++) {
                Map<PersonMetric, Tally> figures = new java.util.EnumMap<>(PersonMetric.class);
                for (PersonMetric metric : SURVEY_METRICS) {
                    figures.put(metric, new Tally(number(row[at]), number(row[at + 1]), number(row[at + 2])));
                    at += 3;
                }
                perPeriod.add(figures);
            }
            teams.put(((Number) row[0]).longValue(), perPeriod);
        }
        return teams;
    }

    private Map<Long, Tally> tallies(
            PersonMetric metric,
            LocalDate from,
            LocalDate to,
            Filters filters,
            String key,
            String join,
            String groupCondition,
            List<Object> groupParameters) {
        boolean filtered = metric.isSurvey() && filters.any();
        Source source = source(metric, filtered);
        List<Object> parameters = new ArrayList<>();
        parameters.add(Date.valueOf(from));
        parameters.add(Date.valueOf(to));
        parameters.addAll(groupParameters);
        String where =
                " WHERE r.occurred_on >= ? AND r.occurred_on <= ? AND " + groupCondition + " AND " + source.condition();
        String sql;
        if (!filtered) {
            sql = "SELECT " + key + ", SUM(" + source.sample() + "), SUM(" + source.positive() + "), SUM("
                    + source.negative() + ") FROM " + source.from() + join + where + " GROUP BY " + key;
        } else {
            if (filters.excludedTag() != null) {
                where += " AND (r.tags IS NULL OR (',' || LOWER(r.tags) || ',') NOT LIKE ?)";
                parameters.add("%," + filters.excludedTag().toLowerCase(Locale.ROOT) + ",%");
            }
            String rank = filters.maxPerCustomer() == null
                    ? "1"
                    : "ROW_NUMBER() OVER (PARTITION BY " + key
                            + ", COALESCE(r.customer_ref, CAST(r.id AS VARCHAR(40))) ORDER BY r.occurred_at, r.id)";
            sql = "SELECT y.k, SUM(y.s), SUM(y.p), SUM(y.n) FROM (SELECT " + key + " AS k, " + source.sample()
                    + " AS s, " + source.positive() + " AS p, " + source.negative() + " AS n, " + rank + " AS nth FROM "
                    + source.from() + join + where + ") y"
                    + (filters.maxPerCustomer() == null ? "" : " WHERE y.nth <= " + filters.maxPerCustomer())
                    + " GROUP BY y.k";
        }
        Map<Long, Tally> tallies = new HashMap<>();
        for (Object result : bind(em.createNativeQuery(sql), parameters).getResultList()) {
            Object[] row = (Object[]) result;
            tallies.put(((Number) row[0]).longValue(), new Tally(number(row[1]), number(row[2]), number(row[3])));
        }
        return tallies;
    }

    private static Source source(PersonMetric metric, boolean fromRecords) {
        return switch (metric) {
            case NPS -> fromRecords
                    ? new Source(
                            "feedback r",
                            "1",
                            "CASE WHEN r.nps >= 9 THEN 1 ELSE 0 END",
                            "CASE WHEN r.nps <= 6 THEN 1 ELSE 0 END",
                            "r.nps IS NOT NULL")
                    : new Source("feedback_rollup r", "r.nps_responses", "r.promoters", "r.detractors", "1 = 1");
            case CSAT_PERCENT -> fromRecords
                    ? new Source(
                            "feedback r", "1", "CASE WHEN r.csat >= 4 THEN 1 ELSE 0 END", "0", "r.csat IS NOT NULL")
                    : new Source("feedback_rollup r", "r.csat_responses", "r.csat_satisfied", "0", "1 = 1");
            case CES_EASY_PERCENT -> fromRecords
                    ? new Source("feedback r", "1", "CASE WHEN r.ces >= 5 THEN 1 ELSE 0 END", "0", "r.ces IS NOT NULL")
                    : new Source("feedback_rollup r", "r.ces_responses", "r.ces_easy", "0", "1 = 1");
            case STANDARD_ATTAINMENT -> new Source(
                    "service_event r", "1", "CASE WHEN r.met = TRUE THEN 1 ELSE 0 END", "0", "1 = 1");
            case STANDARDS_MET -> new Source("service_event r", "1", "1", "0", "r.met = TRUE");
            case COMPLIMENTS -> new Source("compliment r", "1", "1", "0", "1 = 1");
            case COMPLAINTS_RECOVERED -> new Source(
                    "complaint r JOIN follow_up fu ON fu.complaint_id = r.id",
                    "1",
                    "1",
                    "0",
                    "fu.recovery = 'RECOVERED'");
        };
    }

    private static String population(Population population, List<Object> parameters) {
        StringBuilder where = new StringBuilder("e.status <> 'LEFT'");
        if (population.unitIds() != null) {
            where.append(
                    population.unitIds().isEmpty()
                            ? " AND 1 = 0"
                            : " AND e.org_unit_id IN (" + ids(population.unitIds()) + ")");
        }
        if (population.segmentId() != null) {
            where.append(" AND ").append(CurrentMembers.of("e.id"));
            parameters.add(population.segmentId());
        }
        return where.toString();
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
