package com.cxcentric.organization.boundary;

import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.security.entity.Role;
import com.cxcentric.security.entity.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The directory and its headcount figures, for HR, ADMIN and leadership. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
public class Directory {

    private static final String CURRENT = " e.status <> com.cxcentric.organization.entity.EmploymentStatus.LEFT";

    /** An org unit as the directory lists it. */
    public record UnitSummary(
            String code, String name, OrgUnitType type, String parentCode, String leadNumber, String leadName) {}

    /** Current people of a department, its teams included. */
    public record DepartmentHeadcount(String code, String name, long headcount) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree tree;

    /** What the directory can be sorted by. */
    public enum SortKey {
        NAME("e.lastName, e.firstName"),
        NUMBER("e.employeeNumber"),
        UNIT("u.name"),
        JOB_TITLE("e.jobTitle"),
        CONTACT_LEVEL("e.contactLevel"),
        HIRE_DATE("e.hireDate");

        private final String orderBy;

        SortKey(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /**
     * One page of people whose name, employee number or unit contains {@code query} (ignoring
     * case), optionally of one contact level, sorted in the database.
     */
    public Page<PersonCard> searchEmployees(
            String query, ContactLevel contactLevel, SortKey sort, boolean ascending, PageRequest page) {
        String where =
                " WHERE (LOWER(e.employeeNumber) LIKE :q OR LOWER(CONCAT(CONCAT(e.firstName, ' '), e.lastName)) LIKE :q"
                        + " OR LOWER(u.name) LIKE :q)"
                        + (contactLevel == null ? "" : " AND e.contactLevel = :level");
        String pattern = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        var count = em.createQuery("SELECT COUNT(e) FROM Employee e LEFT JOIN e.orgUnit u" + where, Long.class)
                .setParameter("q", pattern);
        String direction = ascending ? " ASC" : " DESC";
        String orderBy = Arrays.stream(sort.orderBy.split(", "))
                        .map(column -> column + direction)
                        .collect(Collectors.joining(", "))
                + ", e.employeeNumber";
        var rows = em.createQuery(
                        "SELECT e FROM Employee e LEFT JOIN FETCH e.orgUnit u" + where + " ORDER BY " + orderBy,
                        Employee.class)
                .setParameter("q", pattern);
        if (contactLevel != null) {
            count.setParameter("level", contactLevel);
            rows.setParameter("level", contactLevel);
        }
        List<PersonCard> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(PersonCard::of)
                .toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /** A person as HR sees them: the card, their manager, their motivators and their login. */
    public record EmployeeDetail(
            PersonCard person,
            String managerName,
            String managerNumber,
            List<Motivator> motivators,
            String username,
            Set<Role> roles) {}

    public Optional<EmployeeDetail> employeeDetail(String employeeNumber) {
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", employeeNumber)
                .getResultStream()
                .findFirst()
                .map(e -> {
                    var account = em.createNamedQuery(UserAccount.FIND_BY_EMPLOYEE, UserAccount.class)
                            .setParameter("employee", e)
                            .getResultStream()
                            .findFirst();
                    return new EmployeeDetail(
                            PersonCard.of(e),
                            e.getManager() == null ? null : e.getManager().getDisplayName(),
                            e.getManager() == null ? null : e.getManager().getEmployeeNumber(),
                            List.copyOf(e.getMotivators()),
                            account.map(UserAccount::getUsername).orElse(null),
                            account.map(a -> Set.copyOf(a.getRoles())).orElse(Set.of()));
                });
    }

    /** People whose name, employee number or unit contains {@code query} (ignoring case), by last name. */
    public Page<PersonCard> findEmployees(String query, PageRequest page) {
        return searchEmployees(query, null, SortKey.NAME, true, page);
    }

    /** A person's manager, by number and name. */
    public record ManagerRef(String employeeNumber, String name) {}

    /** One unit on the way from the top of the organization down to a person's unit. */
    public record UnitStep(String code, String name, OrgUnitType type) {}

    /** One employee as the API gives them: the card, their manager and their unit's path from the top down. */
    public record EmployeeRecord(
            String employeeNumber,
            String name,
            String jobTitle,
            String email,
            ContactLevel contactLevel,
            String location,
            LocalDate hireDate,
            EmploymentStatus status,
            ManagerRef manager,
            List<UnitStep> unitPath) {}

    public Optional<EmployeeRecord> employeeRecord(String employeeNumber) {
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", employeeNumber)
                .getResultStream()
                .findFirst()
                .map(e -> {
                    var path = new ArrayDeque<UnitStep>();
                    var seen = new HashSet<Long>();
                    for (OrgUnit unit = e.getOrgUnit();
                            unit != null && seen.add(unit.getId());
                            unit = unit.getParent()) {
                        path.addFirst(new UnitStep(unit.getCode(), unit.getName(), unit.getType()));
                    }
                    Employee manager = e.getManager();
                    return new EmployeeRecord(
                            e.getEmployeeNumber(),
                            e.getDisplayName(),
                            e.getJobTitle(),
                            e.getEmail(),
                            e.getContactLevel(),
                            e.getLocation(),
                            e.getHireDate(),
                            e.getStatus(),
                            manager == null
                                    ? null
                                    : new ManagerRef(manager.getEmployeeNumber(), manager.getDisplayName()),
                            List.copyOf(path));
                });
    }

    public Optional<PersonCard> findEmployee(String employeeNumber) {
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", employeeNumber)
                .getResultStream()
                .findFirst()
                .map(PersonCard::of);
    }

    public Page<UnitSummary> listUnits(PageRequest page) {
        long total =
                em.createQuery("SELECT COUNT(u) FROM OrgUnit u", Long.class).getSingleResult();
        List<UnitSummary> items = em
                .createQuery("SELECT u FROM OrgUnit u LEFT JOIN FETCH u.lead ORDER BY u.type, u.name", OrgUnit.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList()
                .stream()
                .map(u -> new UnitSummary(
                        u.getCode(),
                        u.getName(),
                        u.getType(),
                        u.getParent() == null ? null : u.getParent().getCode(),
                        u.getLead() == null ? null : u.getLead().getEmployeeNumber(),
                        u.getLead() == null ? null : u.getLead().getDisplayName()))
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * Current headcount per department, counting the department's own people and those of every
     * unit below it. One grouped query; the roll-up walks the (small) unit tree in memory.
     */
    public List<DepartmentHeadcount> headcountByDepartment() {
        List<OrgUnit> units = allUnits();
        Map<Long, Long> perDepartment = headcountPerDepartment(tree.departmentOfEachUnit());
        return departments(units)
                .map(d -> new DepartmentHeadcount(d.getCode(), d.getName(), perDepartment.getOrDefault(d.getId(), 0L)))
                .sorted((x, y) -> Long.compare(y.headcount(), x.headcount()))
                .toList();
    }

    /** A department's people by the motivator they ranked first, and how many ranked none. */
    public record MotivatorMix(String code, String name, Map<Motivator, Long> firstChoices, long notRanked) {

        public long firstChoice(Motivator motivator) {
            return firstChoices.getOrDefault(motivator, 0L);
        }
    }

    /**
     * Per department, how many current people rank each motivator first. One grouped query over
     * the rankings, one over headcount; the roll-up to departments walks the unit tree in memory.
     */
    public List<MotivatorMix> motivatorMixByDepartment() {
        List<OrgUnit> units = allUnits();
        Map<Long, OrgUnit> departmentOfUnit = tree.departmentOfEachUnit();
        Map<Long, Map<Motivator, Long>> mix = new HashMap<>();
        // SQL, not JPQL: EclipseLink's INDEX() over this element collection matched no row at all, and the
        // home page showed every department with nobody ranking anything first.
        @SuppressWarnings("unchecked")
        List<Object[]> firstChoices = em.createNativeQuery(
                        "SELECT e.org_unit_id, m.motivator, COUNT(*) FROM employee e JOIN employee_motivator m"
                                + " ON m.employee_id = e.id AND m.preference_rank = 0"
                                + " WHERE e.status <> 'LEFT' AND e.org_unit_id IS NOT NULL"
                                + " GROUP BY e.org_unit_id, m.motivator")
                .getResultList();
        firstChoices.forEach(row -> {
            OrgUnit department = departmentOfUnit.get(((Number) row[0]).longValue());
            if (department != null) {
                mix.computeIfAbsent(department.getId(), k -> new EnumMap<>(Motivator.class))
                        .merge(Motivator.valueOf((String) row[1]), ((Number) row[2]).longValue(), Long::sum);
            }
        });
        Map<Long, Long> headcount = headcountPerDepartment(departmentOfUnit);
        return departments(units)
                .sorted(Comparator.comparing(OrgUnit::getName))
                .map(d -> {
                    Map<Motivator, Long> first = mix.getOrDefault(d.getId(), Map.of());
                    long ranked =
                            first.values().stream().mapToLong(Long::longValue).sum();
                    return new MotivatorMix(
                            d.getCode(),
                            d.getName(),
                            Map.copyOf(first),
                            headcount.getOrDefault(d.getId(), 0L) - ranked);
                })
                .toList();
    }

    private List<OrgUnit> allUnits() {
        return em.createQuery("SELECT u FROM OrgUnit u", OrgUnit.class).getResultList();
    }

    private static Stream<OrgUnit> departments(List<OrgUnit> units) {
        return units.stream().filter(u -> u.getType() == OrgUnitType.DEPARTMENT);
    }

    /** Current people per department: one grouped query per unit, rolled up in memory. */
    private Map<Long, Long> headcountPerDepartment(Map<Long, OrgUnit> departmentOfUnit) {
        Map<Long, Long> perDepartment = new HashMap<>();
        em.createQuery(
                        "SELECT e.orgUnit.id, COUNT(e) FROM Employee e WHERE" + CURRENT + " GROUP BY e.orgUnit.id",
                        Object[].class)
                .getResultList()
                .forEach(row -> {
                    OrgUnit department = departmentOfUnit.get(((Number) row[0]).longValue());
                    if (department != null) {
                        perDepartment.merge(department.getId(), ((Number) row[1]).longValue(), Long::sum);
                    }
                });
        return perDepartment;
    }

    /** A unit in the org chart: its lead, its own current people and those of its whole subtree. */
    public record ChartUnit(
            long id,
            Long parentId,
            String code,
            String name,
            OrgUnitType type,
            String leadNumber,
            String leadName,
            long ownHeadcount,
            long subtreeHeadcount) {}

    /**
     * Every org unit with its lead and current headcount (own and with everything below), parents
     * before children. Two queries (units with leads, headcount per unit); the roll-up walks the
     * tree in memory.
     */
    public List<ChartUnit> orgChart() {
        List<OrgUnit> units = em.createQuery(
                        "SELECT u FROM OrgUnit u LEFT JOIN FETCH u.lead ORDER BY u.name", OrgUnit.class)
                .getResultList();
        Map<Long, Long> own = new HashMap<>();
        em.createQuery(
                        "SELECT e.orgUnit.id, COUNT(e) FROM Employee e WHERE" + CURRENT + " AND e.orgUnit IS NOT NULL"
                                + " GROUP BY e.orgUnit.id",
                        Object[].class)
                .getResultList()
                .forEach(row -> own.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        Map<Long, Long> subtree = new HashMap<>(own);
        for (OrgUnit unit : units) {
            long count = own.getOrDefault(unit.getId(), 0L);
            Set<Long> seen = new HashSet<>();
            for (OrgUnit step = unit.getParent(); step != null && seen.add(step.getId()); step = step.getParent()) {
                subtree.merge(step.getId(), count, Long::sum);
            }
        }
        Map<Long, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit unit : units) {
            if (unit.getParent() == null) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.getParent().getId(), k -> new ArrayList<>())
                        .add(unit);
            }
        }
        List<ChartUnit> chart = new ArrayList<>();
        var queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            OrgUnit unit = queue.poll();
            chart.add(new ChartUnit(
                    unit.getId(),
                    unit.getParent() == null ? null : unit.getParent().getId(),
                    unit.getCode(),
                    unit.getName(),
                    unit.getType(),
                    unit.getLead() == null ? null : unit.getLead().getEmployeeNumber(),
                    unit.getLead() == null ? null : unit.getLead().getDisplayName(),
                    own.getOrDefault(unit.getId(), 0L),
                    subtree.getOrDefault(unit.getId(), 0L)));
            queue.addAll(children.getOrDefault(unit.getId(), List.of()));
        }
        return chart;
    }

    /** Current people placed in no org unit (the org chart cannot show them under any unit). */
    public long unplacedHeadcount() {
        return em.createQuery("SELECT COUNT(e) FROM Employee e WHERE" + CURRENT + " AND e.orgUnit IS NULL", Long.class)
                .getSingleResult();
    }

    /** Current headcount per customer-contact level, every level present (zero when empty). */
    public Map<ContactLevel, Long> headcountByContactLevel() {
        Map<ContactLevel, Long> counts = new EnumMap<>(ContactLevel.class);
        for (ContactLevel level : ContactLevel.values()) {
            counts.put(level, 0L);
        }
        em.createQuery(
                        "SELECT e.contactLevel, COUNT(e) FROM Employee e WHERE" + CURRENT + " GROUP BY e.contactLevel",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((ContactLevel) row[0], (Long) row[1]));
        return counts;
    }

    public long currentHeadcount() {
        return em.createQuery("SELECT COUNT(e) FROM Employee e WHERE" + CURRENT, Long.class)
                .getSingleResult();
    }
}
