package com.cxcentric.organization.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A team lead's people: everyone in the units they lead and the units below them. Nobody else:
 * asking for a person outside that subtree is refused, whatever the URL says.
 */
@Stateless
@RolesAllowed(Role.TEAM_LEAD_NAME)
public class MyTeam {

    /** A person of the team with what recognition is worth to them. */
    public record Member(PersonCard person, String managerName, List<Motivator> motivators, List<String> segments) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree tree;

    @Inject
    private Accounts accounts;

    @Resource
    private SessionContext context;

    /** Everyone in the caller's units but the caller, by unit and name. */
    public List<Member> members() {
        Employee me = me();
        Set<Long> units = subtree(me);
        if (units.isEmpty()) {
            return List.of();
        }
        List<Employee> people = em.createQuery(
                        "SELECT e FROM Employee e LEFT JOIN FETCH e.orgUnit WHERE e.orgUnit.id IN :units AND e <> :me"
                                + " AND e.status <> com.cxcentric.organization.entity.EmploymentStatus.LEFT"
                                + " ORDER BY e.orgUnit.name, e.lastName, e.firstName",
                        Employee.class)
                .setParameter("units", units)
                .setParameter("me", me)
                // Rankings and managers of the whole team in one query each, not one per person.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.motivators")
                .setHint("eclipselink.batch", "e.manager")
                .getResultList();
        Map<Long, List<String>> segments = segmentsOf(people);
        return people.stream()
                .map(e -> member(e, segments.getOrDefault(e.getId(), List.of())))
                .toList();
    }

    /**
     * @throws ResourceNotFoundException when nobody has that number
     * @throws AccessDeniedException when the person is outside the caller's teams
     */
    public Member member(String employeeNumber) {
        Employee person = em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", employeeNumber)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.employee.unknown", "No employee with number " + employeeNumber, employeeNumber));
        if (person.getOrgUnit() == null
                || !subtree(me()).contains(person.getOrgUnit().getId())) {
            throw new AccessDeniedException(
                    "error.team.outside",
                    context.getCallerPrincipal().getName() + " does not lead " + employeeNumber,
                    employeeNumber);
        }
        return member(person, segmentsOf(List.of(person)).getOrDefault(person.getId(), List.of()));
    }

    private static Member member(Employee e, List<String> segments) {
        return new Member(
                PersonCard.of(e),
                e.getManager() == null ? null : e.getManager().getDisplayName(),
                List.copyOf(e.getMotivators()),
                segments);
    }

    /** The names of the active segments each of these people is currently in, in one query. */
    private Map<Long, List<String>> segmentsOf(List<Employee> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> segments = new HashMap<>();
        em.createQuery(
                        "SELECT m.employeeId, s.name FROM SegmentMembership m JOIN m.segment s WHERE m.leftOn IS NULL"
                                + " AND s.archivedAt IS NULL AND m.employeeId IN :ids ORDER BY s.name",
                        Object[].class)
                .setParameter("ids", people.stream().map(Employee::getId).toList())
                .getResultList()
                .forEach(row -> segments.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((String) row[1]));
        return segments;
    }

    private Employee me() {
        return accounts.employeeOf(context.getCallerPrincipal().getName()).orElse(null);
    }

    private Set<Long> subtree(Employee me) {
        return me == null ? Set.of() : tree.ledBy(me);
    }
}
