package com.cxcentric.outcomes.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.outcomes.control.OutcomeQueries;
import com.cxcentric.outcomes.entity.LifecycleStage;
import com.cxcentric.outcomes.entity.MetricValue;
import com.cxcentric.outcomes.entity.Metrics;
import com.cxcentric.outcomes.entity.ScoreCounts;
import com.cxcentric.outcomes.entity.Touchpoint;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.security.entity.Role;
import com.cxcentric.segmentation.entity.Segment;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The feedback metrics of docs/METRICS.md for a period and a group, from the daily rollups, each
 * with its sample size and withheld below the minimum sample ({@code cx.metrics.min-sample}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
public class OutcomeMetrics {

    /** The longest period one question may cover. */
    public static final int MAX_DAYS = 3 * 366;

    /** What a figure is about; null parts do not restrict. Employees are named by number, units by code. */
    public record Filter(
            LocalDate from,
            LocalDate to,
            Set<String> touchpoints,
            String unitCode,
            Long segmentId,
            String employeeNumber) {}

    /** The metrics of a scope. */
    public record Figures(
            LocalDate from,
            LocalDate to,
            int minimumSample,
            long responses,
            MetricValue nps,
            MetricValue csatPercent,
            MetricValue csatMean,
            MetricValue cesMean,
            MetricValue cesEasyPercent) {

        public static Figures of(LocalDate from, LocalDate to, ScoreCounts c, int minimumSample) {
            return new Figures(
                    from,
                    to,
                    minimumSample,
                    c.responses(),
                    Metrics.nps(c, minimumSample),
                    Metrics.csatPercent(c, minimumSample),
                    Metrics.csatMean(c, minimumSample),
                    Metrics.cesMean(c, minimumSample),
                    Metrics.cesEasyPercent(c, minimumSample));
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OutcomeQueries queries;

    @Inject
    private OrgTree tree;

    @Inject
    private Accounts accounts;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "cx.metrics.min-sample", defaultValue = "10")
    int minimumSample;

    /**
     * @throws RuleViolationException for a period that ends before it starts or is longer than {@link #MAX_DAYS}
     * @throws ResourceNotFoundException for an unknown unit, segment or employee
     */
    public Figures figures(Filter filter) {
        OutcomeQueries.Scope scope = scope(filter);
        return Figures.of(scope.from(), scope.to(), queries.counts(scope), minimumSample);
    }

    /**
     * The complaint, compliment and service-standard figures of a scope: complaints with their
     * first-contact resolution, median and 90th-percentile resolution time (calendar hours) and
     * recovery rate (recovered of those with a known outcome), compliments, and standard attainment.
     */
    public record CaseFigures(
            long complaints,
            MetricValue firstContactResolution,
            MetricValue resolutionMedianHours,
            MetricValue resolutionP90Hours,
            MetricValue recoveryRate,
            long compliments,
            MetricValue attainment) {}

    /**
     * The complaint, compliment and service-standard figures behind a filter.
     *
     * @throws RuleViolationException for a period that ends before it starts or is longer than {@link #MAX_DAYS}
     * @throws ResourceNotFoundException for an unknown unit, segment or employee
     */
    public CaseFigures caseFigures(Filter filter) {
        return caseFigures(scope(filter));
    }

    private CaseFigures caseFigures(OutcomeQueries.Scope scope) {
        return caseFigures(queries, scope, minimumSample);
    }

    /** The case figures of a scope, from the complaint and service-event queries. */
    static CaseFigures caseFigures(OutcomeQueries queries, OutcomeQueries.Scope scope, int minimumSample) {
        var complaints = queries.complaints(scope);
        var standards = queries.standards(scope);
        return new CaseFigures(
                complaints.complaints(),
                Metrics.firstContactResolution(complaints.fcrYes(), complaints.fcrKnown(), minimumSample),
                Metrics.percentileHours(complaints.resolutionHours(), 50, minimumSample),
                Metrics.percentileHours(complaints.resolutionHours(), 90, minimumSample),
                Metrics.recoveryRate(complaints.recovered(), complaints.recoveryKnown(), minimumSample),
                queries.compliments(scope),
                Metrics.attainment(standards.met(), standards.measured(), minimumSample));
    }

    /** Metrics of one period of the trend, starting on {@code start}. */
    public record Point(LocalDate start, Figures figures) {}

    /** A line of a breakdown: a touchpoint or an org unit with its metrics. */
    public record Row(String code, String name, Figures figures) {}

    /** Everything the outcomes dashboard shows for a filter. */
    public record Dashboard(
            String unitCode,
            Figures current,
            Figures previous,
            boolean monthly,
            List<Point> trend,
            List<Row> byTouchpoint,
            List<Row> byUnit,
            MetricValue recoveryRate,
            MetricValue previousRecoveryRate,
            long openFollowUps,
            long overdueFollowUps,
            CaseFigures cases,
            CaseFigures previousCases,
            List<OutcomeQueries.RecurringCategory> recurringCategories) {}

    /** Where the customers served by a filter stand, overall and per unit below it. */
    public record Lifecycle(Stages served, List<UnitStages> byUnit) {}

    /** How many served customers stand at each lifecycle stage, and their total. */
    public record Stages(Map<LifecycleStage, Long> counts, long customers) {

        static Stages of(Map<LifecycleStage, Long> counts) {
            return new Stages(
                    counts, counts.values().stream().mapToLong(Long::longValue).sum());
        }

        /** How many customers stand at a stage (its name). */
        public long count(String stage) {
            return counts.get(LifecycleStage.valueOf(stage));
        }

        /** The share of a stage in %, one decimal; null without customers. */
        public BigDecimal share(String stage) {
            if (customers == 0) {
                return null;
            }
            return BigDecimal.valueOf(counts.get(LifecycleStage.valueOf(stage)) * 100)
                    .divide(BigDecimal.valueOf(customers), 1, RoundingMode.HALF_UP);
        }
    }

    /** A unit's served customers by lifecycle stage. */
    public record UnitStages(String code, String name, Stages stages) {}

    /**
     * The figures of the period and of the period of the same length just before it, the trend
     * (per month for periods over 92 days, else per week from Monday), and breakdowns by touchpoint
     * and by the units directly below the chosen unit (the departments when none is chosen). The
     * response figures come from two passes over the rollups: one per day and touchpoint over both
     * periods (totals, trend, touchpoints), one per unit below.
     */
    public Dashboard dashboard(Filter filter) {
        OutcomeQueries.Scope scope = scope(filter);
        long days = ChronoUnit.DAYS.between(scope.from(), scope.to()) + 1;
        OutcomeQueries.Scope before =
                scope.during(scope.from().minusDays(days), scope.from().minusDays(1));
        boolean monthly = days > 92;
        List<Touchpoint> touchpoints =
                em.createNamedQuery(Touchpoint.FIND_ALL, Touchpoint.class).getResultList();
        Map<String, ScoreCounts> perTouchpoint = new LinkedHashMap<>();
        touchpoints.forEach(t -> perTouchpoint.put(t.getCode(), ScoreCounts.NONE));
        TreeMap<LocalDate, ScoreCounts> buckets = new TreeMap<>();
        ScoreCounts current = ScoreCounts.NONE;
        ScoreCounts previous = ScoreCounts.NONE;
        for (var row : queries.countsPerDayAndTouchpoint(scope.during(before.from(), scope.to()))) {
            if (row.day().isBefore(scope.from())) {
                previous = previous.plus(row.counts());
                continue;
            }
            current = current.plus(row.counts());
            perTouchpoint.merge(row.touchpoint(), row.counts(), ScoreCounts::plus);
            buckets.merge(
                    monthly ? row.day().withDayOfMonth(1) : row.day().with(DayOfWeek.MONDAY),
                    row.counts(),
                    ScoreCounts::plus);
        }
        List<Point> trend = buckets.entrySet().stream()
                .map(b -> new Point(b.getKey(), Figures.of(b.getKey(), b.getKey(), b.getValue(), minimumSample)))
                .toList();
        List<Row> byTouchpoint = touchpoints.stream()
                .filter(t -> !perTouchpoint.get(t.getCode()).isEmpty())
                .map(t -> new Row(
                        t.getCode(),
                        t.getName(),
                        Figures.of(scope.from(), scope.to(), perTouchpoint.get(t.getCode()), minimumSample)))
                .toList();
        List<OrgUnit> below = unitsBelow(scope);
        Map<Long, ScoreCounts> perUnit = queries.countsPerUnit(scope, subtrees(below));
        List<Row> byUnit = below.stream()
                .map(u -> new Row(
                        u.getCode(),
                        u.getName(),
                        Figures.of(
                                scope.from(),
                                scope.to(),
                                perUnit.getOrDefault(u.getId(), ScoreCounts.NONE),
                                minimumSample)))
                .toList();
        Instant now = Instant.now();
        var followUps = queries.followUps(scope, now);
        var followUpsBefore = queries.followUps(before, now);
        return new Dashboard(
                scope.unitCode(),
                Figures.of(scope.from(), scope.to(), current, minimumSample),
                Figures.of(before.from(), before.to(), previous, minimumSample),
                monthly,
                trend,
                byTouchpoint,
                byUnit,
                Metrics.recoveryRate(followUps.recovered(), followUps.knownOutcome(), minimumSample),
                Metrics.recoveryRate(followUpsBefore.recovered(), followUpsBefore.knownOutcome(), minimumSample),
                followUps.open(),
                followUps.overdue(),
                caseFigures(scope),
                caseFigures(before),
                queries.recurringCategories(scope));
    }

    /**
     * The lifecycle stages of the customers served by a filter, overall and per unit directly below
     * its unit. Read from the responses themselves (distinct customers cannot be added up from
     * daily rollups), so it costs more than the dashboard and is asked for on its own.
     */
    public Lifecycle lifecycle(Filter filter) {
        OutcomeQueries.Scope scope = scope(filter);
        List<OrgUnit> below = unitsBelow(scope);
        var perUnit = queries.stagesServedPerUnit(scope, subtrees(below));
        return new Lifecycle(
                Stages.of(queries.stagesServed(scope)),
                below.stream()
                        .map(u -> new UnitStages(u.getCode(), u.getName(), Stages.of(perUnit.get(u.getId()))))
                        .toList());
    }

    /** The units directly below the scope's unit, or the departments for the whole company. */
    /**
     * The rows of "by unit": the departments, or the units right below the chosen one; a unit with
     * none below (a team) is its own row, so that the breakdown never says "no responses" beside
     * the responses it has.
     */
    private List<OrgUnit> unitsBelow(OutcomeQueries.Scope scope) {
        List<OrgUnit> below = directlyBelow(scope);
        if (below.isEmpty() && scope.unitCode() != null) {
            return em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                    .setParameter("code", scope.unitCode())
                    .getResultList();
        }
        return below;
    }

    private List<OrgUnit> directlyBelow(OutcomeQueries.Scope scope) {
        return scope.unitCode() == null
                ? em.createQuery(
                                "SELECT u FROM OrgUnit u WHERE u.type = com.cxcentric.organization.entity.OrgUnitType.DEPARTMENT"
                                        + " ORDER BY u.name",
                                OrgUnit.class)
                        .getResultList()
                : em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent.code = :code ORDER BY u.name", OrgUnit.class)
                        .setParameter("code", scope.unitCode())
                        .getResultList();
    }

    private Map<Long, Set<Long>> subtrees(List<OrgUnit> units) {
        Map<Long, Set<Long>> subtrees = new LinkedHashMap<>();
        units.forEach(u -> subtrees.put(u.getId(), tree.subtreeOf(List.of(u.getId()))));
        return subtrees;
    }

    /** The most responses one export may hold. */
    public static final int MAX_EXPORT = 100_000;

    /**
     * Every response behind a filter, newest first, for an export.
     *
     * @throws RuleViolationException when there are more than {@link #MAX_EXPORT}
     */
    public List<OutcomeQueries.ResponseRow> allResponses(Filter filter) {
        var page = queries.responses(scope(filter), true, new PageRequest(0, 1));
        if (page.total() > MAX_EXPORT) {
            throw new RuleViolationException(
                    null,
                    "error.outcomes.tooManyToExport",
                    "The filter selects " + page.total() + " responses; an export holds at most " + MAX_EXPORT,
                    page.total(),
                    MAX_EXPORT);
        }
        return queries.allResponses(scope(filter), true);
    }

    /**
     * One page of the individual responses behind a filter's figures (those with a score), newest
     * first: the list's total is the figures' "responses".
     */
    public Page<OutcomeQueries.ResponseRow> responses(Filter filter, PageRequest page) {
        return queries.responses(scope(filter), true, page);
    }

    /** How many responses of a filter give only a comment: in no figure, and not in the list. */
    public long commentsWithoutScore(Filter filter) {
        return queries.unscored(scope(filter));
    }

    /** A choice in the dashboard's filters. */
    public record Choice(String code, String name) {}

    /** The units the caller may choose: every unit, or for a team lead the units they lead and below. */
    public List<Choice> unitChoices() {
        Set<String> allowed = restricted() ? ledUnitCodes() : null;
        return em
                .createQuery("SELECT u.code, u.name FROM OrgUnit u ORDER BY u.name", Object[].class)
                .getResultList()
                .stream()
                .filter(row -> allowed == null || allowed.contains((String) row[0]))
                .map(row -> new Choice((String) row[0], (String) row[1]))
                .toList();
    }

    /** Whether the caller may look at the whole company (a team lead sees only their own units). */
    public boolean wholeCompanyVisible() {
        return !restricted();
    }

    private boolean restricted() {
        return !context.isCallerInRole(Role.HR_NAME)
                && !context.isCallerInRole(Role.ADMIN_NAME)
                && !context.isCallerInRole(Role.EXECUTIVE_NAME);
    }

    /** The codes of the units the caller leads and of every unit below them, the led units first. */
    private LinkedHashSet<String> ledUnitCodes() {
        Employee me =
                accounts.employeeOf(context.getCallerPrincipal().getName()).orElse(null);
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        if (me == null) {
            return codes;
        }
        List<OrgUnit> led = em.createNamedQuery(OrgUnit.FIND_LED_BY, OrgUnit.class)
                .setParameter("lead", me)
                .getResultList();
        led.forEach(u -> codes.add(u.getCode()));
        Set<Long> subtree = tree.subtreeOf(led.stream().map(OrgUnit::getId).toList());
        if (!subtree.isEmpty()) {
            em.createQuery("SELECT u.code FROM OrgUnit u WHERE u.id IN :ids ORDER BY u.name", String.class)
                    .setParameter("ids", subtree)
                    .getResultList()
                    .forEach(codes::add);
        }
        return codes;
    }

    /** A team lead's filter: their first unit when none is chosen; refused outside their units. */
    private Filter withinLedUnits(Filter filter) {
        LinkedHashSet<String> allowed = ledUnitCodes();
        String unit = filter.unitCode() == null ? allowed.stream().findFirst().orElse(null) : filter.unitCode();
        if (unit == null || !allowed.contains(unit)) {
            throw new AccessDeniedException(
                    "error.outcomes.outsideTeam",
                    context.getCallerPrincipal().getName() + " does not lead unit " + unit,
                    String.valueOf(unit));
        }
        if (filter.employeeNumber() != null) {
            Employee person = em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                    .setParameter("number", filter.employeeNumber())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (person != null
                    && (person.getOrgUnit() == null
                            || !allowed.contains(person.getOrgUnit().getCode()))) {
                throw new AccessDeniedException(
                        "error.team.outside",
                        context.getCallerPrincipal().getName() + " does not lead " + filter.employeeNumber(),
                        filter.employeeNumber());
            }
        }
        return new Filter(
                filter.from(), filter.to(), filter.touchpoints(), unit, filter.segmentId(), filter.employeeNumber());
    }

    public List<Choice> touchpointChoices() {
        return em.createNamedQuery(Touchpoint.FIND_ALL, Touchpoint.class).getResultList().stream()
                .map(t -> new Choice(t.getCode(), t.getName()))
                .toList();
    }

    public List<Choice> segmentChoices() {
        return em.createNamedQuery(Segment.FIND_ACTIVE, Segment.class).getResultList().stream()
                .map(s -> new Choice(String.valueOf(s.getId()), s.getName()))
                .toList();
    }

    OutcomeQueries.Scope scope(Filter requested) {
        Filter filter = restricted() ? withinLedUnits(requested) : requested;
        if (filter.from() == null || filter.to() == null || filter.to().isBefore(filter.from())) {
            throw new RuleViolationException(
                    "to",
                    "error.outcomes.period",
                    "Give a period whose end is not before its start",
                    filter.from(),
                    filter.to());
        }
        if (ChronoUnit.DAYS.between(filter.from(), filter.to()) >= MAX_DAYS) {
            throw new RuleViolationException(
                    "to", "error.outcomes.periodTooLong", "A period covers at most " + MAX_DAYS + " days", MAX_DAYS);
        }
        if (filter.unitCode() != null
                && em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.code = :code", Long.class)
                                .setParameter("code", filter.unitCode())
                                .getSingleResult()
                        == 0) {
            throw new ResourceNotFoundException(
                    "error.unit.unknown", "No org unit " + filter.unitCode(), filter.unitCode());
        }
        if (filter.segmentId() != null && em.find(Segment.class, filter.segmentId()) == null) {
            throw new ResourceNotFoundException(
                    "error.segment.unknown", "No segment with id " + filter.segmentId(), filter.segmentId());
        }
        Long employeeId = null;
        if (filter.employeeNumber() != null) {
            employeeId = em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                    .setParameter("number", filter.employeeNumber())
                    .getResultStream()
                    .findFirst()
                    .map(Employee::getId)
                    .orElseThrow(() -> new ResourceNotFoundException(
                            "error.employee.unknown",
                            "No employee with number " + filter.employeeNumber(),
                            filter.employeeNumber()));
        }
        return new OutcomeQueries.Scope(
                filter.from(), filter.to(), filter.touchpoints(), filter.unitCode(), filter.segmentId(), employeeId);
    }
}
