package com.cxcentric.organization.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.security.entity.Role;
import com.cxcentric.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** The caller's own place in the organization, for every role's home page. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class Workplace {

    /** A unit the caller leads and its size. */
    public record LedUnit(String code, String name, String type, long members) {}

    /**
     * Who I am ({@code me} is null for an account linked to no employee), where I sit, who leads me
     * and whom I lead.
     */
    public record View(
            String username,
            Set<Role> roles,
            PersonCard me,
            List<String> unitPath,
            PersonCard teamLead,
            List<PersonCard> peopleILead,
            List<LedUnit> unitsILead) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    public View mine() {
        String username = context.getCallerPrincipal().getName();
        UserAccount account = accounts.byUsername(username).orElse(null);
        Set<Role> roles = account == null ? Set.of() : Set.copyOf(account.getRoles());
        Employee me = account == null ? null : account.getEmployee();
        if (me == null) {
            return new View(username, roles, null, List.of(), null, List.of(), List.of());
        }
        List<PersonCard> reports = em
                .createNamedQuery(Employee.FIND_DIRECT_REPORTS, Employee.class)
                .setParameter("manager", me)
                .getResultList()
                .stream()
                .map(PersonCard::of)
                .toList();
        List<LedUnit> led =
                em
                        .createNamedQuery(OrgUnit.FIND_LED_BY, OrgUnit.class)
                        .setParameter("lead", me)
                        .getResultList()
                        .stream()
                        .map(u -> new LedUnit(
                                u.getCode(), u.getName(), u.getType().name(), countMembers(u)))
                        .toList();
        return new View(
                username,
                roles,
                PersonCard.of(me),
                pathOf(me.getOrgUnit()),
                me.getManager() == null ? null : PersonCard.of(me.getManager()),
                reports,
                led);
    }

    private long countMembers(OrgUnit unit) {
        return em.createQuery(
                        "SELECT COUNT(e) FROM Employee e WHERE e.orgUnit = :unit"
                                + " AND e.status <> com.cxcentric.organization.entity.EmploymentStatus.LEFT",
                        Long.class)
                .setParameter("unit", unit)
                .getSingleResult();
    }

    private static List<String> pathOf(OrgUnit unit) {
        var path = new ArrayList<String>();
        for (OrgUnit step = unit; step != null; step = step.getParent()) {
            path.add(step.getName());
        }
        Collections.reverse(path);
        return path;
    }
}
