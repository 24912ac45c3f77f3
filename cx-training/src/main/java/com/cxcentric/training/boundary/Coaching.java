package com.cxcentric.training.boundary;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.control.TrainingScope;
import com.cxcentric.training.control.TrainingScope.Scope;
import com.cxcentric.training.entity.CoachingBehaviour;
import com.cxcentric.training.entity.CoachingCheck;
import com.cxcentric.training.entity.CoachingObservation;
import com.cxcentric.training.entity.TrainingFigures;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coaching observations (Kirkpatrick level 3): a team lead records what a person showed in a
 * customer interaction they watched, against the checklist of behaviours per competency, and
 * follows the trend per person and for the team. HR and administrators may do the same for
 * anyone, a lead only inside the units they lead.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
public class Coaching {

    /** The months a trend covers, the current one included. */
    public static final int TREND_MONTHS = 12;
    /** The days of the "recent" share in the people summary, compared with the same span before. */
    public static final int RECENT_DAYS = 90;

    /** Someone the caller may observe. */
    public record Person(String employeeNumber, String name, String unitName) {}

    /**
     * What the lead saw: for each behaviour code ticked, true (shown) or false (not shown);
     * behaviours that did not come up are absent.
     */
    public record ObservationRequest(
            String employeeNumber,
            LocalDate observedOn,
            String interaction,
            String note,
            Map<String, Boolean> checks) {}

    /** What was stored. */
    public record Receipt(
            long id, String employeeNumber, LocalDate observedOn, int shown, int seen, int shownPercent) {}

    /** One stored observation as the list shows it. */
    public record ObservationRow(
            long id,
            LocalDate observedOn,
            String employeeNumber,
            String employeeName,
            String observerName,
            String interaction,
            int shown,
            int seen,
            int shownPercent,
            String note) {}

    /**
     * Share of ticked behaviours shown per month (each named by its first day), overall and per
     * competency, oldest month first; a null share: nothing of that competency was ticked that month.
     */
    public record Trend(
            List<LocalDate> months,
            List<Integer> overall,
            Map<String, List<Integer>> byCompetency,
            List<Integer> observations) {}

    /**
     * A person's coaching at a glance: observations in the trend's span, the share shown in the last
     * {@value #RECENT_DAYS} days against the same span before, and the change in points (null when
     * either share is missing).
     */
    public record PersonSummary(
            String employeeNumber,
            String name,
            String unitName,
            long observations,
            LocalDate lastObservedOn,
            Integer recentPercent,
            Integer previousPercent,
            Integer change) {

        public PersonSummary(
                String employeeNumber,
                String name,
                String unitName,
                long observations,
                LocalDate lastObservedOn,
                Integer recentPercent,
                Integer previousPercent) {
            this(
                    employeeNumber,
                    name,
                    unitName,
                    observations,
                    lastObservedOn,
                    recentPercent,
                    previousPercent,
                    recentPercent == null || previousPercent == null ? null : recentPercent - previousPercent);
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private TrainingScope scopes;

    @Inject
    private BusinessDay businessDay;

    @Resource
    private SessionContext context;

    /** Up to 20 people in the caller's scope (not the caller, not leavers) whose name or number matches. */
    public List<Person> observable(String query) {
        Scope scope = scopes.of(context);
        if (!scope.everyone() && scope.units().isEmpty()) {
            return List.of();
        }
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        StringBuilder jpql = new StringBuilder(
                "SELECT e FROM Employee e LEFT JOIN FETCH e.orgUnit u WHERE e.status <> :left"
                        + " AND (LOWER(CONCAT(e.firstName, ' ', e.lastName)) LIKE :name OR e.employeeNumber = :number)");
        if (!scope.everyone()) {
            jpql.append(" AND e.orgUnit.id IN :units");
        }
        if (scope.me() != null) {
            jpql.append(" AND e.id <> :me");
        }
        TypedQuery<Employee> found = em.createQuery(jpql + " ORDER BY e.lastName, e.firstName", Employee.class)
                .setParameter("left", EmploymentStatus.LEFT)
                .setParameter("name", "%" + text + "%")
                .setParameter("number", query == null ? "" : query.strip());
        if (!scope.everyone()) {
            found.setParameter("units", scope.units());
        }
        if (scope.me() != null) {
            found.setParameter("me", scope.me().getId());
        }
        return found.setMaxResults(20).getResultList().stream()
                .map(e -> new Person(
                        e.getEmployeeNumber(),
                        e.getDisplayName(),
                        e.getOrgUnit() == null ? null : e.getOrgUnit().getName()))
                .toList();
    }

    /**
     * @throws RuleViolationException naming the field: unknown person or behaviour, oneself, someone
     *     who left, the day, the texts, nothing ticked
     * @throws com.cxcentric.platform.AccessDeniedException when the person is outside a lead's units
     */
    public Receipt record(ObservationRequest request) {
        Scope scope = scopes.of(context);
        Employee person = person(request.employeeNumber());
        scope.require(person);
        if (scope.me() != null && scope.me().getId().equals(person.getId())) {
            throw new RuleViolationException(
                    "employee", "error.coaching.self", "Observations are about someone else's interactions");
        }
        if (person.getStatus() == EmploymentStatus.LEFT) {
            throw new RuleViolationException(
                    "employee",
                    "error.coaching.left",
                    person.getEmployeeNumber() + " has left the company",
                    person.getEmployeeNumber());
        }
        Map<String, CoachingBehaviour> behaviours =
                em.createNamedQuery(CoachingBehaviour.FIND_ACTIVE, CoachingBehaviour.class).getResultList().stream()
                        .collect(Collectors.toMap(CoachingBehaviour::getCode, Function.identity()));
        List<CoachingCheck> checks = new ArrayList<>();
        if (request.checks() != null) {
            for (Map.Entry<String, Boolean> tick : new TreeMap<>(request.checks()).entrySet()) {
                if (tick.getValue() == null) {
                    continue;
                }
                CoachingBehaviour behaviour = behaviours.get(tick.getKey());
                if (behaviour == null) {
                    throw new RuleViolationException(
                            "checks",
                            "error.coaching.unknownBehaviour",
                            "No behaviour " + tick.getKey() + " on the checklist",
                            tick.getKey());
                }
                checks.add(new CoachingCheck(behaviour.getCode(), behaviour.getCompetencyCode(), tick.getValue()));
            }
        }
        String observerName = scope.me() == null ? scope.username() : scope.me().getDisplayName();
        CoachingObservation observation = new CoachingObservation(
                person,
                scope.username(),
                observerName,
                request.observedOn(),
                request.interaction(),
                request.note(),
                checks,
                businessDay.today());
        em.persist(observation);
        em.flush();
        return new Receipt(
                observation.getId(),
                person.getEmployeeNumber(),
                observation.getObservedOn(),
                observation.getBehavioursMet(),
                observation.getBehavioursSeen(),
                observation.shownPercent());
    }

    /**
     * The trend of the last {@value #TREND_MONTHS} months for one person (an employee number) or,
     * with none, for everyone in the caller's scope.
     */
    public Trend trend(String employeeNumber) {
        Scope scope = scopes.of(context);
        YearMonth last = YearMonth.from(businessDay.today());
        YearMonth first = last.minusMonths(TREND_MONTHS - 1L);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(scope, employeeNumber, parameters) + " AND o.observedOn >= :from";
        parameters.put("from", first.atDay(1));
        TypedQuery<Object[]> checks = em.createQuery(
                "SELECT o.observedOn, c.competencyCode, c.shown, COUNT(c)"
                        + " FROM CoachingObservation o JOIN o.checks c JOIN o.employee e"
                        + where + " GROUP BY o.observedOn, c.competencyCode, c.shown",
                Object[].class);
        TypedQuery<Object[]> counts = em.createQuery(
                "SELECT o.observedOn, COUNT(o) FROM CoachingObservation o JOIN o.employee e" + where
                        + " GROUP BY o.observedOn",
                Object[].class);
        parameters.forEach((name, value) -> {
            checks.setParameter(name, value);
            counts.setParameter(name, value);
        });
        long[][] overall = new long[months.size()][2];
        Map<String, long[][]> perCompetency = new TreeMap<>();
        for (Object[] row : checks.getResultList()) {
            int index = months.indexOf(YearMonth.from((LocalDate) row[0]));
            long seen = ((Number) row[3]).longValue();
            long shown = Boolean.TRUE.equals(row[2]) ? seen : 0;
            long[][] cells = perCompetency.computeIfAbsent((String) row[1], k -> new long[months.size()][2]);
            cells[index][0] += shown;
            cells[index][1] += seen;
            overall[index][0] += shown;
            overall[index][1] += seen;
        }
        List<Integer> observations = zeros(months.size());
        for (Object[] row : counts.getResultList()) {
            int index = months.indexOf(YearMonth.from((LocalDate) row[0]));
            observations.set(index, observations.get(index) + ((Number) row[1]).intValue());
        }
        Map<String, List<Integer>> byCompetency = new LinkedHashMap<>();
        perCompetency.forEach((code, cells) -> byCompetency.put(code, shares(cells)));
        return new Trend(months.stream().map(m -> m.atDay(1)).toList(), shares(overall), byCompetency, observations);
    }

    /** Everyone in the caller's scope who was observed in the trend's span, least improved first. */
    public List<PersonSummary> people() {
        Scope scope = scopes.of(context);
        if (!scope.everyone() && scope.units().isEmpty()) {
            return List.of();
        }
        LocalDate today = businessDay.today();
        LocalDate recentFrom = today.minusDays(RECENT_DAYS - 1L);
        LocalDate previousFrom = recentFrom.minusDays(RECENT_DAYS);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(scope, null, parameters) + " AND o.observedOn >= :from";
        parameters.put(
                "from", YearMonth.from(today).minusMonths(TREND_MONTHS - 1L).atDay(1));
        parameters.put("recent", recentFrom);
        parameters.put("previous", previousFrom);
        TypedQuery<Object[]> query = em.createQuery(
                "SELECT e.employeeNumber, e.firstName, e.lastName, u.name, COUNT(o), MAX(o.observedOn),"
                        + " SUM(CASE WHEN o.observedOn >= :recent THEN o.behavioursMet ELSE 0 END),"
                        + " SUM(CASE WHEN o.observedOn >= :recent THEN o.behavioursSeen ELSE 0 END),"
                        + " SUM(CASE WHEN o.observedOn >= :previous AND o.observedOn < :recent THEN o.behavioursMet ELSE 0 END),"
                        + " SUM(CASE WHEN o.observedOn >= :previous AND o.observedOn < :recent THEN o.behavioursSeen ELSE 0 END)"
                        + " FROM CoachingObservation o JOIN o.employee e LEFT JOIN e.orgUnit u" + where
                        + " GROUP BY e.employeeNumber, e.firstName, e.lastName, u.name",
                Object[].class);
        parameters.forEach(query::setParameter);
        List<PersonSummary> summaries = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            summaries.add(new PersonSummary(
                    (String) row[0],
                    row[1] + " " + row[2],
                    (String) row[3],
                    ((Number) row[4]).longValue(),
                    (LocalDate) row[5],
                    TrainingFigures.percent(number(row[6]), number(row[7])),
                    TrainingFigures.percent(number(row[8]), number(row[9]))));
        }
        summaries.sort(Comparator.comparing((PersonSummary s) -> s.change() == null ? Integer.MAX_VALUE : s.change())
                .thenComparing(PersonSummary::name));
        return summaries;
    }

    /** The observations in the caller's scope, or of one person, newest first. */
    public Page<ObservationRow> observations(String employeeNumber, PageRequest page) {
        Scope scope = scopes.of(context);
        if (!scope.everyone() && scope.units().isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(scope, employeeNumber, parameters);
        TypedQuery<Long> count =
                em.createQuery("SELECT COUNT(o) FROM CoachingObservation o JOIN o.employee e" + where, Long.class);
        TypedQuery<CoachingObservation> rows = em.createQuery(
                "SELECT o FROM CoachingObservation o JOIN FETCH o.employee e" + where
                        + " ORDER BY o.observedOn DESC, o.id DESC",
                CoachingObservation.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<ObservationRow> found =
                rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                        .map(Coaching::row)
                        .toList();
        return new Page<>(found, page.page(), page.size(), count.getSingleResult());
    }

    /**
     * One observation.
     *
     * @throws com.cxcentric.platform.ResourceNotFoundException when there is none with this id
     * @throws com.cxcentric.platform.AccessDeniedException when its person is outside a lead's units
     */
    public ObservationRow observation(long id) {
        CoachingObservation o = em.find(CoachingObservation.class, id);
        if (o == null) {
            throw new ResourceNotFoundException("error.coaching.unknown", "No observation " + id, id);
        }
        scopes.of(context).require(o.getEmployee());
        return row(o);
    }

    private static ObservationRow row(CoachingObservation o) {
        return new ObservationRow(
                o.getId(),
                o.getObservedOn(),
                o.getEmployee().getEmployeeNumber(),
                o.getEmployee().getDisplayName(),
                o.getObserverName(),
                o.getInteraction(),
                o.getBehavioursMet(),
                o.getBehavioursSeen(),
                o.shownPercent(),
                o.getNote());
    }

    /** The WHERE clause over {@code o} and its employee {@code e}: the scope and, if given, one person (who must be in it). */
    private String where(Scope scope, String employeeNumber, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (employeeNumber != null && !employeeNumber.isBlank()) {
            Employee person = person(employeeNumber);
            scope.require(person);
            where.append(" AND e.id = :person");
            parameters.put("person", person.getId());
        } else if (!scope.everyone()) {
            where.append(" AND e.orgUnit.id IN :units");
            parameters.put("units", scope.units().isEmpty() ? List.of(-1L) : scope.units());
        }
        return where.toString();
    }

    private Employee person(String employeeNumber) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            throw new RuleViolationException("employee", "error.coaching.personRequired", "Choose the person observed");
        }
        return em.createQuery(
                        "SELECT e FROM Employee e LEFT JOIN FETCH e.orgUnit WHERE e.employeeNumber = :number",
                        Employee.class)
                .setParameter("number", employeeNumber.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "employee", "error.coaching.personUnknown", "No employee " + employeeNumber, employeeNumber));
    }

    private static List<Integer> shares(long[][] cells) {
        List<Integer> shares = new ArrayList<>();
        for (long[] cell : cells) {
            shares.add(TrainingFigures.percent(cell[0], cell[1]));
        }
        return shares;
    }

    private static List<Integer> zeros(int size) {
        return new ArrayList<>(Collections.nCopies(size, 0));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
