package com.cxcentric.organization.boundary;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    /** People whose name or employee number contains {@code query} (ignoring case), by last name. */
    public Page<PersonCard> findEmployees(String query, PageRequest page) {
        String pattern = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        String where =
                " WHERE LOWER(e.employeeNumber) LIKE :q OR LOWER(CONCAT(CONCAT(e.firstName, ' '), e.lastName)) LIKE :q";
        long total = em.createQuery("SELECT COUNT(e) FROM Employee e" + where, Long.class)
                .setParameter("q", pattern)
                .getSingleResult();
        List<PersonCard> items = em
                .createQuery(
                        "SELECT e FROM Employee e LEFT JOIN FETCH e.orgUnit" + where
                                + " ORDER BY e.lastName, e.firstName, e.employeeNumber",
                        Employee.class)
                .setParameter("q", pattern)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList()
                .stream()
                .map(PersonCard::of)
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
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
        Map<Long, Long> perUnit = new HashMap<>();
        em.createQuery(
                        "SELECT e.orgUnit.id, COUNT(e) FROM Employee e WHERE" + CURRENT + " GROUP BY e.orgUnit.id",
                        Object[].class)
                .getResultList()
                .forEach(row -> perUnit.put((Long) row[0], (Long) row[1]));
        List<OrgUnit> units =
                em.createQuery("SELECT u FROM OrgUnit u", OrgUnit.class).getResultList();
        Map<Long, Long> perDepartment = new HashMap<>();
        for (OrgUnit unit : units) {
            departmentOf(unit)
                    .ifPresent(d -> perDepartment.merge(d.getId(), perUnit.getOrDefault(unit.getId(), 0L), Long::sum));
        }
        return units.stream()
                .filter(u -> u.getType() == OrgUnitType.DEPARTMENT)
                .map(d -> new DepartmentHeadcount(d.getCode(), d.getName(), perDepartment.getOrDefault(d.getId(), 0L)))
                .sorted((a, b) -> Long.compare(b.headcount(), a.headcount()))
                .toList();
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

    private static Optional<OrgUnit> departmentOf(OrgUnit unit) {
        for (OrgUnit step = unit; step != null; step = step.getParent()) {
            if (step.getType() == OrgUnitType.DEPARTMENT) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
