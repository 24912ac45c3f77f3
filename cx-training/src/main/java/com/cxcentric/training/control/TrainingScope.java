package com.cxcentric.training.control;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.security.entity.Role;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whose training a caller may see and assign: HR, administrators and executives the whole company,
 * a team lead the units they lead and everything below them, and nobody else anyone.
 */
@ApplicationScoped
public class TrainingScope {

    /** The caller, their employee record (may be absent for a bare login) and their units; null units: everyone. */
    public record Scope(String username, Employee me, Set<Long> units) {

        public boolean everyone() {
            return units == null;
        }

        public boolean covers(Employee person) {
            return everyone()
                    || (person.getOrgUnit() != null
                            && units.contains(person.getOrgUnit().getId()));
        }

        /** @throws AccessDeniedException naming the person when they are outside the scope */
        public void require(Employee person) {
            if (!covers(person)) {
                throw new AccessDeniedException(
                        "error.team.outside",
                        username + " does not lead " + person.getEmployeeNumber(),
                        person.getEmployeeNumber());
            }
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private OrgTree tree;

    /** The scope of the boundary's caller. */
    public Scope of(SessionContext context) {
        String username = context.getCallerPrincipal().getName();
        Employee me = accounts.employeeOf(username).orElse(null);
        boolean companyWide = context.isCallerInRole(Role.HR_NAME)
                || context.isCallerInRole(Role.ADMIN_NAME)
                || context.isCallerInRole(Role.EXECUTIVE_NAME);
        if (companyWide) {
            return new Scope(username, me, null);
        }
        if (me == null || !context.isCallerInRole(Role.TEAM_LEAD_NAME)) {
            return new Scope(username, me, Set.of());
        }
        return new Scope(
                username,
                me,
                tree.subtreeOf(em.createNamedQuery(OrgUnit.FIND_LED_BY, OrgUnit.class)
                        .setParameter("lead", me)
                        .getResultStream()
                        .map(OrgUnit::getId)
                        .toList()));
    }

    /**
     * The units a caller's question covers: the scope's units (null: everyone) or, for a unit code,
     * that unit and everything below it, provided the scope holds it.
     *
     * @throws com.cxcentric.platform.RuleViolationException for an unknown unit code
     * @throws AccessDeniedException for a unit outside a lead's units
     */
    public Set<Long> narrow(Scope scope, String unitCode) {
        Set<Long> units = scope.everyone() ? null : scope.units();
        if (unitCode == null || unitCode.isBlank()) {
            return units;
        }
        OrgUnit unit = em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", unitCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new com.cxcentric.platform.RuleViolationException(
                        "unit", "error.reports.unitUnknown", "No org unit " + unitCode, unitCode));
        if (units != null && !units.contains(unit.getId())) {
            throw new AccessDeniedException(
                    "error.reports.unitOutside", scope.username() + " does not lead " + unit.getCode(), unit.getName());
        }
        return tree.subtreeOf(List.of(unit.getId()));
    }

    /** The org units inside a scope, by name, as (code, name). */
    public List<OrgUnit> unitsOf(Scope scope) {
        if (!scope.everyone() && scope.units().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.name", OrgUnit.class).getResultList().stream()
                .filter(u -> scope.everyone() || scope.units().contains(u.getId()))
                .toList();
    }

    /** The employee behind the caller, if the login is linked to one. */
    public Optional<Employee> me(SessionContext context) {
        return accounts.employeeOf(context.getCallerPrincipal().getName());
    }
}
