package com.cxcentric.vision.control;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.security.entity.Role;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Which departments a caller may see and run as far as champions and their ideas go: HR and admins
 * run every department, executives see every one; a department's head (whoever leads it or a unit
 * above it) runs it; a champion sees the department they champion; a team lead sees what the
 * people of their teams raised.
 */
@ApplicationScoped
public class DepartmentSight {

    /**
     * A caller's departments, and the units they lead (whose people's ideas they see too); {@code me}
     * is null for an account linked to no employee.
     */
    public record Sight(boolean seesAll, boolean runsAll, Set<Long> runs, Set<Long> champions, Set<Long> led, Long me) {

        public boolean runs(long departmentId) {
            return runsAll || runs.contains(departmentId);
        }

        public boolean sees(long departmentId) {
            return seesAll || runs.contains(departmentId) || champions.contains(departmentId);
        }

        public boolean champions(long departmentId) {
            return champions.contains(departmentId);
        }

        /** The departments seen, or null for every department. */
        public Set<Long> seen() {
            if (seesAll) {
                return null;
            }
            Set<Long> seen = new HashSet<>(runs);
            seen.addAll(champions);
            return seen;
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree tree;

    @Inject
    private ChampionRoster roster;

    @Inject
    private Accounts accounts;

    /** The sight of the caller of a boundary. */
    public Sight ofCaller(SessionContext context) {
        boolean runsAll = context.isCallerInRole(Role.HR_NAME) || context.isCallerInRole(Role.ADMIN_NAME);
        boolean seesAll = runsAll || context.isCallerInRole(Role.EXECUTIVE_NAME);
        Employee me =
                accounts.employeeOf(context.getCallerPrincipal().getName()).orElse(null);
        return of(runsAll, seesAll, me);
    }

    public Sight of(boolean runsAll, boolean seesAll, Employee me) {
        if (me == null) {
            return new Sight(seesAll || runsAll, runsAll, Set.of(), Set.of(), Set.of(), null);
        }
        Set<Long> led = tree.ledBy(me);
        Set<Long> runs = new HashSet<>();
        if (!led.isEmpty()) {
            em.createQuery("SELECT u.id FROM OrgUnit u WHERE u.type = :type AND u.id IN :ids", Long.class)
                    .setParameter("type", OrgUnitType.DEPARTMENT)
                    .setParameter("ids", led)
                    .getResultList()
                    .forEach(runs::add);
        }
        return new Sight(seesAll || runsAll, runsAll, runs, roster.unitsGrantedTo(me.getId()), led, me.getId());
    }

    /** The department an org unit belongs to (itself when it is one), or null above the departments. */
    public OrgUnit departmentOf(OrgUnit unit) {
        for (OrgUnit step = unit; step != null; step = step.getParent()) {
            if (step.getType() == OrgUnitType.DEPARTMENT) {
                return step;
            }
        }
        return null;
    }
}
