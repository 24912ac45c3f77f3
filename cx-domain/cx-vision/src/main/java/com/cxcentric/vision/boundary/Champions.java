package com.cxcentric.vision.boundary;

import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.control.ChampionRoster;
import com.cxcentric.vision.control.DepartmentSight;
import com.cxcentric.vision.control.DepartmentSight.Sight;
import com.cxcentric.vision.entity.IdeaStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Customer champions: HR or a department's head names front-line people who carry the CX vision in
 * their department, with the role the department gives them. Leadership sees every department's
 * champions and how many ideas they raised, how many were answered and acted on.
 */
@Stateless
public class Champions {

    public static final int ROLE_LENGTH = 500;

    private static final String FRONT_LINE = "com.cxcentric.organization.entity.ContactLevel.FRONT_LINE";
    private static final String CUSTOMER_SUPPORT = "com.cxcentric.organization.entity.ContactLevel.CUSTOMER_SUPPORT";

    /** A department as a choice. */
    public record DepartmentRef(long id, String code, String name) {}

    /** One champion of a department. */
    public record ChampionView(
            String departmentCode,
            String departmentName,
            String employeeNumber,
            String name,
            String jobTitle,
            String unitName,
            String roleDescription,
            String namedBy,
            LocalDate namedOn) {}

    /** How far a department's ideas got: raised in all, still waiting for an answer, answered, and where they went. */
    public record IdeaCounts(long raised, long waiting, long answered, long inProgress, long actedOn, long declined) {

        static final IdeaCounts NONE = new IdeaCounts(0, 0, 0, 0, 0, 0);
    }

    /** A department with its people, its champions and its ideas; {@code runnable} when the caller may name champions. */
    public record DepartmentChampions(
            long id,
            String code,
            String name,
            long people,
            boolean runnable,
            List<ChampionView> champions,
            IdeaCounts ideas) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private ChampionRoster roster;

    @Inject
    private DepartmentSight sights;

    @Inject
    private OrgTree tree;

    @Inject
    private BusinessDay businessDay;

    /**
     * The departments the caller oversees (every one for HR, executives and admins; the ones a head
     * leads), each with its champions and its ideas' counts, by name.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
    public List<DepartmentChampions> departments() {
        Sight sight = sight();
        Set<Long> seen = sight.seesAll() ? null : sight.runs();
        List<OrgUnit> departments = em
                .createNamedQuery(OrgUnit.FIND_BY_TYPE, OrgUnit.class)
                .setParameter("type", OrgUnitType.DEPARTMENT)
                .getResultList()
                .stream()
                .filter(d -> seen == null || seen.contains(d.getId()))
                .toList();
        if (departments.isEmpty()) {
            return List.of();
        }
        List<Long> ids = departments.stream().map(OrgUnit::getId).toList();
        Map<Long, List<ChampionView>> champions = new HashMap<>();
        Map<Long, OrgUnit> byId = new HashMap<>();
        departments.forEach(d -> byId.put(d.getId(), d));
        for (ChampionRoster.Entry entry : roster.of(ids)) {
            champions
                    .computeIfAbsent(entry.departmentId(), d -> new ArrayList<>())
                    .add(view(byId.get(entry.departmentId()), entry));
        }
        Map<Long, Long> people = peoplePerDepartment();
        Map<Long, IdeaCounts> ideas = ideaCounts();
        return departments.stream()
                .map(d -> new DepartmentChampions(
                        d.getId(),
                        d.getCode(),
                        d.getName(),
                        people.getOrDefault(d.getId(), 0L),
                        sight.runs(d.getId()),
                        champions.getOrDefault(d.getId(), List.of()),
                        ideas.getOrDefault(d.getId(), IdeaCounts.NONE)))
                .toList();
    }

    /** Someone who could be named a champion. */
    public record Candidate(
            String employeeNumber, String name, String jobTitle, String unitName, ContactLevel contact) {}

    /**
     * Up to 20 current people of the department (and its teams) whose name or number contains the
     * query and who are not its champions yet, those who serve customers face to face first, as the
     * champions should be front-line people; 403 outside the caller's departments.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    public List<Candidate> candidates(String departmentCode, String query) {
        OrgUnit department = department(departmentCode);
        requireRuns(department);
        return people(department, query).stream()
                .filter(e -> !roster.isChampion(department.getId(), e.getId()))
                .limit(20)
                .map(Champions::candidate)
                .toList();
    }

    /**
     * Up to 20 current people of the department whose name or number contains the query, for the
     * owner of an idea's change; 403 outside the caller's departments.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    public List<Candidate> people(String departmentCode, String query) {
        OrgUnit department = department(departmentCode);
        requireRuns(department);
        return people(department, query).stream()
                .limit(20)
                .map(Champions::candidate)
                .toList();
    }

    private List<Employee> people(OrgUnit department, String query) {
        String like = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery(
                        "SELECT e FROM Employee e WHERE e.status <> :left AND e.orgUnit.id IN :units"
                                + " AND (LOWER(CONCAT(e.firstName, CONCAT(' ', e.lastName))) LIKE :like"
                                + " OR LOWER(e.employeeNumber) LIKE :like)"
                                + " ORDER BY CASE WHEN e.contactLevel = " + FRONT_LINE
                                + " THEN 0 WHEN e.contactLevel = "
                                + CUSTOMER_SUPPORT + " THEN 1 ELSE 2 END, e.lastName, e.firstName",
                        Employee.class)
                .setParameter("left", EmploymentStatus.LEFT)
                .setParameter("units", tree.subtreeOf(List.of(department.getId())))
                .setParameter("like", like)
                .setMaxResults(40)
                .getResultList();
    }

    private static Candidate candidate(Employee e) {
        return new Candidate(
                e.getEmployeeNumber(),
                e.getDisplayName(),
                e.getJobTitle(),
                e.getOrgUnit().getName(),
                e.getContactLevel());
    }

    /** The departments whose champions and ideas the caller sees: every one for HR, executives and admins. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    public List<DepartmentRef> visible() {
        Sight sight = sight();
        return sight.seesAll() ? all() : refs(sight.seen());
    }

    /** The departments the caller is a customer champion of (empty for everyone else). */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    public List<DepartmentRef> mine() {
        Sight sight = sight();
        return refs(sight.champions());
    }

    /** The departments the caller runs: may name champions and answer ideas in (every one for HR and admins). */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    public List<DepartmentRef> run() {
        Sight sight = sight();
        if (sight.runsAll()) {
            return em
                    .createNamedQuery(OrgUnit.FIND_BY_TYPE, OrgUnit.class)
                    .setParameter("type", OrgUnitType.DEPARTMENT)
                    .getResultList()
                    .stream()
                    .map(d -> new DepartmentRef(d.getId(), d.getCode(), d.getName()))
                    .toList();
        }
        return refs(sight.runs());
    }

    /**
     * Names a current employee who works in the department (or a team below it) one of its
     * champions, or changes the role of one named before; only HR, admins and the department's head
     * may (403). 404 for an unknown department or person, 422 for someone who left, works
     * elsewhere, or a blank role.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    public ChampionView name(String departmentCode, String employeeNumber, String roleDescription) {
        OrgUnit department = runnableDepartment(departmentCode);
        String role = roleDescription == null ? "" : roleDescription.strip();
        if (role.isEmpty()) {
            throw new RuleViolationException(
                    "roleDescription", "error.champion.role", "Say what the department asks of its champion");
        }
        if (role.length() > ROLE_LENGTH) {
            throw new RuleViolationException(
                    "roleDescription",
                    "error.champion.roleTooLong",
                    "The role has more than " + ROLE_LENGTH + " characters",
                    ROLE_LENGTH);
        }
        Employee person = employee(employeeNumber);
        if (person.getStatus() == EmploymentStatus.LEFT) {
            throw new RuleViolationException(
                    "employeeNumber", "error.champion.left", employeeNumber + " has left the company", employeeNumber);
        }
        if (person.getOrgUnit() == null
                || !tree.subtreeOf(List.of(department.getId()))
                        .contains(person.getOrgUnit().getId())) {
            throw new RuleViolationException(
                    "employeeNumber",
                    "error.champion.elsewhere",
                    employeeNumber + " does not work in " + department.getName(),
                    person.getDisplayName(),
                    department.getName());
        }
        roster.name(
                department.getId(),
                person.getId(),
                role,
                context.getCallerPrincipal().getName(),
                businessDay.today());
        return roster.of(List.of(department.getId())).stream()
                .filter(e -> e.employeeId() == person.getId())
                .map(e -> view(department, e))
                .findFirst()
                .orElseThrow();
    }

    /** Ends someone's role as the department's champion (their ideas stay); 404 when they are not one. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    public void release(String departmentCode, String employeeNumber) {
        OrgUnit department = runnableDepartment(departmentCode);
        Employee person = employee(employeeNumber);
        if (!roster.release(department.getId(), person.getId())) {
            throw new ResourceNotFoundException(
                    "error.champion.none",
                    employeeNumber + " is not a champion of " + department.getName(),
                    person.getDisplayName(),
                    department.getName());
        }
    }

    private OrgUnit runnableDepartment(String code) {
        OrgUnit department = department(code);
        requireRuns(department);
        // One change to a department's champions at a time.
        return em.find(OrgUnit.class, department.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    private OrgUnit department(String code) {
        return em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .filter(u -> u.getType() == OrgUnitType.DEPARTMENT)
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.champion.unknownDepartment", "There is no department " + code, code));
    }

    private void requireRuns(OrgUnit department) {
        if (!sight().runs(department.getId())) {
            throw new AccessDeniedException(
                    "error.champion.notYourDepartment",
                    context.getCallerPrincipal().getName() + " does not run " + department.getCode(),
                    department.getName());
        }
    }

    private Employee employee(String number) {
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.employee.unknown", "No employee with number " + number, number));
    }

    private List<DepartmentRef> all() {
        return em
                .createNamedQuery(OrgUnit.FIND_BY_TYPE, OrgUnit.class)
                .setParameter("type", OrgUnitType.DEPARTMENT)
                .getResultList()
                .stream()
                .map(d -> new DepartmentRef(d.getId(), d.getCode(), d.getName()))
                .toList();
    }

    private List<DepartmentRef> refs(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery("SELECT u FROM OrgUnit u WHERE u.id IN :ids ORDER BY u.name", OrgUnit.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .map(d -> new DepartmentRef(d.getId(), d.getCode(), d.getName()))
                .toList();
    }

    private Map<Long, Long> peoplePerDepartment() {
        Map<Long, OrgUnit> departmentOf = tree.departmentOfEachUnit();
        Map<Long, Long> people = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT e.orgUnit.id, COUNT(e) FROM Employee e WHERE e.status <> :left GROUP BY e.orgUnit.id",
                        Object[].class)
                .setParameter("left", EmploymentStatus.LEFT)
                .getResultList()) {
            OrgUnit department = row[0] == null ? null : departmentOf.get((Long) row[0]);
            if (department != null) {
                people.merge(department.getId(), (Long) row[1], Long::sum);
            }
        }
        return people;
    }

    private Map<Long, IdeaCounts> ideaCounts() {
        Map<Long, Map<IdeaStatus, Long>> perStatus = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT i.department.id, i.status, COUNT(i) FROM Idea i GROUP BY i.department.id, i.status",
                        Object[].class)
                .getResultList()) {
            perStatus
                    .computeIfAbsent((Long) row[0], d -> new EnumMap<>(IdeaStatus.class))
                    .put((IdeaStatus) row[1], (Long) row[2]);
        }
        Map<Long, IdeaCounts> counts = new HashMap<>();
        perStatus.forEach((department, s) -> counts.put(
                department,
                new IdeaCounts(
                        s.values().stream().mapToLong(Long::longValue).sum(),
                        s.getOrDefault(IdeaStatus.RAISED, 0L),
                        s.values().stream().mapToLong(Long::longValue).sum() - s.getOrDefault(IdeaStatus.RAISED, 0L),
                        s.getOrDefault(IdeaStatus.IN_PROGRESS, 0L),
                        s.getOrDefault(IdeaStatus.ACTED_ON, 0L),
                        s.getOrDefault(IdeaStatus.DECLINED, 0L))));
        return counts;
    }

    private Sight sight() {
        return sights.ofCaller(context);
    }

    private static ChampionView view(OrgUnit department, ChampionRoster.Entry entry) {
        return new ChampionView(
                department.getCode(),
                department.getName(),
                entry.employeeNumber(),
                entry.name(),
                entry.jobTitle(),
                entry.unitName(),
                entry.roleDescription(),
                entry.namedBy(),
                entry.namedOn());
    }
}
