package com.cxcentric.training.boundary;

import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.segmentation.control.CurrentMembers;
import com.cxcentric.segmentation.entity.Segment;
import com.cxcentric.training.control.AssignmentStore;
import com.cxcentric.training.control.TrainingScope;
import com.cxcentric.training.control.TrainingScope.Scope;
import com.cxcentric.training.entity.Assignment;
import com.cxcentric.training.entity.AssignmentSource;
import com.cxcentric.training.entity.AssignmentStatus;
import com.cxcentric.training.entity.CertificationState;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.TrainingState;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Assigning courses and following them up: HR to anyone (people, an org unit with everything
 * below it, a segment's current members), a team lead only inside the units they lead. One
 * assignment is one set-based write however many people it reaches; nobody gets a course they
 * already have open or hold a valid certification for, so repeating an order is harmless.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
public class TrainingAssignments {

    /** Who an order targets. */
    public enum TargetKind {
        PEOPLE,
        ORG_UNIT,
        SEGMENT
    }

    /**
     * An order to assign a course. Exactly one of {@code dueOn} and {@code dueInDays}; for PEOPLE
     * the employee numbers, for ORG_UNIT the unit code (its subtree is included), for SEGMENT the id.
     */
    public record AssignmentRequest(
            String courseCode,
            TargetKind target,
            List<String> employeeNumbers,
            String unitCode,
            Long segmentId,
            LocalDate dueOn,
            Integer dueInDays,
            boolean mandatory,
            String message) {}

    /** What an order did. */
    public record AssignmentOutcome(
            String courseCode,
            int revision,
            LocalDate dueOn,
            int targeted,
            int assigned,
            int alreadyAssigned,
            int alreadyCertified) {}

    /** The filters of the follow-up list; null or blank: not filtered. */
    public record OverviewFilter(String courseCode, TrainingState state, String nameOrNumber) {}

    /** One assignment as HR and leads follow it up. */
    public record AssignmentRow(
            long id,
            String employeeNumber,
            String employeeName,
            String unitName,
            String courseCode,
            String courseTitle,
            int revision,
            LocalDate dueOn,
            boolean mandatory,
            AssignmentSource source,
            TrainingState state,
            int lessonsDone,
            int lessons,
            int attemptsUsed,
            Integer bestScorePercent,
            Instant completedAt) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private TrainingScope scopes;

    @Inject
    private AssignmentStore store;

    @Inject
    private OrgTree tree;

    @Inject
    private BusinessDay businessDay;

    @Inject
    @ConfigProperty(name = "cx.training.expiring-days", defaultValue = "" + CertificationState.DEFAULT_WINDOW_DAYS)
    int expiringDays;

    @Resource
    private SessionContext context;

    /**
     * @throws RuleViolationException naming the field at fault (course, due date, target)
     * @throws com.cxcentric.platform.AccessDeniedException when a lead targets someone outside their units
     */
    public AssignmentOutcome assign(AssignmentRequest request) {
        Scope scope = scopes.of(context);
        Course course = published(request.courseCode());
        LocalDate today = businessDay.today();
        LocalDate dueOn = dueOn(request, today);
        AssignmentStore.Target target = target(request, scope);
        String message = request.message() == null || request.message().isBlank()
                ? null
                : request.message().strip();
        if (message != null && message.length() > Assignment.MESSAGE_LENGTH) {
            throw new RuleViolationException(
                    "message", "error.assignment.messageLength", "The message is longer than 1000 characters");
        }
        AssignmentStore.Outcome outcome = store.assign(
                new AssignmentStore.Order(
                        course,
                        AssignmentSource.MANUAL,
                        scope.username(),
                        Instant.now(),
                        dueOn,
                        request.mandatory(),
                        message,
                        null,
                        true),
                target,
                scope.units(),
                today.plusDays(expiringDays));
        return new AssignmentOutcome(
                course.getCode(),
                course.getRevision(),
                dueOn,
                outcome.targeted(),
                outcome.assigned(),
                outcome.alreadyAssigned(),
                outcome.alreadyCertified());
    }

    /** The assignments in the caller's scope, most urgent first. */
    public Page<AssignmentRow> overview(OverviewFilter filter, PageRequest page) {
        Scope scope = scopes.of(context);
        if (!scope.everyone() && scope.units().isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        LocalDate today = businessDay.today();
        StringBuilder where =
                new StringBuilder(" WHERE a.status <> com.cxcentric.training.entity.AssignmentStatus.CANCELLED");
        Map<String, Object> parameters = new HashMap<>();
        if (!scope.everyone()) {
            where.append(" AND e.orgUnit.id IN :units");
            parameters.put("units", scope.units());
        }
        if (filter.courseCode() != null && !filter.courseCode().isBlank()) {
            where.append(" AND a.courseCode = :code");
            parameters.put("code", filter.courseCode());
        }
        if (filter.nameOrNumber() != null && !filter.nameOrNumber().isBlank()) {
            where.append(" AND (LOWER(CONCAT(e.firstName, ' ', e.lastName)) LIKE :name OR e.employeeNumber = :number)");
            parameters.put("name", "%" + filter.nameOrNumber().strip().toLowerCase(Locale.ROOT) + "%");
            parameters.put("number", filter.nameOrNumber().strip());
        }
        if (filter.state() != null) {
            appendState(where, parameters, filter.state(), today);
        }
        TypedQuery<Long> count =
                em.createQuery("SELECT COUNT(a) FROM Assignment a JOIN a.employee e" + where, Long.class);
        TypedQuery<Assignment> rows = em.createQuery(
                "SELECT a FROM Assignment a JOIN FETCH a.employee e LEFT JOIN FETCH e.orgUnit JOIN FETCH a.course"
                        // open assignments first, the most urgent on top; then the closed ones (completed,
                        // imported history, cancelled), which would otherwise bury today's work under old due dates
                        + where
                        + " ORDER BY CASE WHEN a.openCourseCode IS NULL THEN 1 ELSE 0 END, a.dueOn, e.lastName,"
                        + " e.firstName, a.id",
                Assignment.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<Assignment> found = rows.setFirstResult(page.offset())
                .setMaxResults(page.size())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.lessonsDone")
                .setHint("eclipselink.batch", "a.course.lessons")
                .getResultList();
        return new Page<>(
                found.stream().map(a -> row(a, today)).toList(), page.page(), page.size(), count.getSingleResult());
    }

    /** A unit or segment one can assign to. */
    public record Choice(String key, String label) {}

    /** The org units the caller may assign to, by name. */
    public List<Choice> assignableUnits() {
        return scopes.unitsOf(scopes.of(context)).stream()
                .map(u -> new Choice(u.getCode(), u.getName()))
                .toList();
    }

    /**
     * The active segments the caller can assign to, by name, each with how many of its current
     * members the assignment would reach: HR every segment and all its members; a lead, whose
     * assignment reaches only the members in their units, only the segments with members there.
     */
    public List<Choice> assignableSegments() {
        List<Segment> active = em.createQuery(
                        "SELECT s FROM Segment s WHERE s.archivedAt IS NULL ORDER BY s.name", Segment.class)
                .getResultList();
        Scope scope = scopes.of(context);
        if (scope.everyone()) {
            return active.stream()
                    .map(s -> new Choice(String.valueOf(s.getId()), s.getName() + " (" + s.getMemberCount() + ")"))
                    .toList();
        }
        Map<Long, Long> reachable = new HashMap<>();
        if (!scope.units().isEmpty()) {
            em.createQuery(
                            "SELECT m.segmentId, COUNT(m) FROM SegmentMembership m WHERE "
                                    + CurrentMembers.currentStay("m")
                                    + " AND m.employee.orgUnit.id IN :units GROUP BY m.segmentId",
                            Object[].class)
                    .setParameter("units", scope.units())
                    .getResultList()
                    .forEach(row -> reachable.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        return active.stream()
                .filter(s -> reachable.getOrDefault(s.getId(), 0L) > 0)
                .map(s -> new Choice(String.valueOf(s.getId()), s.getName() + " (" + reachable.get(s.getId()) + ")"))
                .toList();
    }

    /** Gives a person who used up their attempts one more; a lead only inside their units. */
    public void grantAttempt(long assignmentId) {
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null) {
            throw new ResourceNotFoundException(
                    "error.assignment.unknown", "No assignment " + assignmentId, assignmentId);
        }
        scopes.of(context).require(assignment.getEmployee());
        assignment.grantAttempt();
    }

    static AssignmentRow row(Assignment a, LocalDate today) {
        Employee e = a.getEmployee();
        return new AssignmentRow(
                a.getId(),
                e.getEmployeeNumber(),
                e.getDisplayName(),
                e.getOrgUnit() == null ? null : e.getOrgUnit().getName(),
                a.getCourseCode(),
                a.getCourse().getTitle(),
                a.getCourse().getRevision(),
                a.getDueOn(),
                a.isMandatory(),
                a.getSource(),
                a.stateOn(today),
                a.getLessonsDone().size(),
                a.getCourse().getLessons().size(),
                a.getAttemptsUsed(),
                a.getBestScorePercent(),
                a.getCompletedAt());
    }

    private static void appendState(
            StringBuilder where, Map<String, Object> parameters, TrainingState state, LocalDate today) {
        String open = "a.status IN (com.cxcentric.training.entity.AssignmentStatus.ASSIGNED,"
                + " com.cxcentric.training.entity.AssignmentStatus.IN_PROGRESS)";
        switch (state) {
            case OVERDUE -> {
                where.append(" AND ").append(open).append(" AND a.dueOn < :today");
                parameters.put("today", today);
            }
            case ASSIGNED, IN_PROGRESS -> {
                where.append(" AND a.status = :status AND a.dueOn >= :today");
                parameters.put("status", AssignmentStatus.valueOf(state.name()));
                parameters.put("today", today);
            }
            default -> {
                where.append(" AND a.status = :status");
                parameters.put("status", AssignmentStatus.valueOf(state.name()));
            }
        }
    }

    private Course published(String code) {
        if (code == null || code.isBlank()) {
            throw new RuleViolationException("course", "error.assignment.courseRequired", "Choose a course");
        }
        return em.createNamedQuery(Course.FIND_PUBLISHED_BY_CODE, Course.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "course", "error.assignment.courseNotPublished", "Course " + code + " is not published", code));
    }

    private static LocalDate dueOn(AssignmentRequest request, LocalDate today) {
        if ((request.dueOn() == null) == (request.dueInDays() == null)) {
            throw new RuleViolationException(
                    "due",
                    "error.assignment.dueEither",
                    "Give either a due date or a number of days, not both or neither");
        }
        if (request.dueInDays() != null) {
            if (request.dueInDays() < 1 || request.dueInDays() > 366) {
                throw new RuleViolationException(
                        "dueInDays",
                        "error.assignment.dueDays",
                        "Days until due must be 1 to 366",
                        request.dueInDays());
            }
            return today.plusDays(request.dueInDays());
        }
        if (request.dueOn().isBefore(today)) {
            throw new RuleViolationException(
                    "dueOn",
                    "error.assignment.duePast",
                    "The due date " + request.dueOn() + " is in the past",
                    request.dueOn());
        }
        return request.dueOn();
    }

    private AssignmentStore.Target target(AssignmentRequest request, Scope scope) {
        if (request.target() == null) {
            throw new RuleViolationException("target", "error.assignment.targetRequired", "Choose whom to assign");
        }
        return switch (request.target()) {
            case PEOPLE -> people(request.employeeNumbers(), scope);
            case ORG_UNIT -> unit(request.unitCode(), scope);
            case SEGMENT -> {
                if (request.segmentId() == null || em.find(Segment.class, request.segmentId()) == null) {
                    throw new RuleViolationException(
                            "segment",
                            "error.assignment.segmentUnknown",
                            "No segment " + request.segmentId(),
                            request.segmentId());
                }
                yield new AssignmentStore.SegmentMembers(request.segmentId());
            }
        };
    }

    private AssignmentStore.Target people(List<String> numbers, Scope scope) {
        Set<String> wanted = numbers == null
                ? Set.of()
                : new LinkedHashSet<>(numbers.stream()
                        .filter(n -> n != null && !n.isBlank())
                        .map(String::strip)
                        .toList());
        if (wanted.isEmpty()) {
            throw new RuleViolationException("people", "error.assignment.peopleRequired", "Choose at least one person");
        }
        List<Employee> found = em.createQuery(
                        "SELECT e FROM Employee e LEFT JOIN FETCH e.orgUnit WHERE e.employeeNumber IN :numbers",
                        Employee.class)
                .setParameter("numbers", wanted)
                .getResultList();
        Set<String> missing = new LinkedHashSet<>(wanted);
        found.forEach(e -> missing.remove(e.getEmployeeNumber()));
        if (!missing.isEmpty()) {
            throw new RuleViolationException(
                    "people",
                    "error.assignment.peopleUnknown",
                    "Unknown employee numbers: " + missing,
                    String.join(", ", missing));
        }
        found.forEach(scope::require);
        return new AssignmentStore.People(
                new ArrayList<>(found.stream().map(Employee::getId).toList()));
    }

    private AssignmentStore.Target unit(String code, Scope scope) {
        OrgUnit unit = code == null
                ? null
                : em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                        .setParameter("code", code)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (unit == null) {
            throw new RuleViolationException("unit", "error.assignment.unitUnknown", "No org unit " + code, code);
        }
        if (!scope.everyone() && !scope.units().contains(unit.getId())) {
            throw new AccessDeniedException(
                    "error.assignment.unitOutside", scope.username() + " does not lead " + code, unit.getName());
        }
        return new AssignmentStore.Units(tree.subtreeOf(List.of(unit.getId())));
    }
}
