package com.cxcentric.outcomes.boundary;

import com.cxcentric.access.UnitGrants;
import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.outcomes.boundary.OutcomeMetrics.CaseFigures;
import com.cxcentric.outcomes.boundary.OutcomeMetrics.Figures;
import com.cxcentric.outcomes.control.OutcomeQueries;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A unit's customer figures as the people who carry the CX vision there see them (its customer
 * champions, its leads): the last {@link #DAYS} days against the days before, the complaint
 * figures and the complaint themes that keep coming back. Who else may look is for other areas to
 * say ({@link UnitGrants}): this area does not know champions.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME})
public class UnitBriefs {

    /** How many days a brief looks back (and the same again before that, to compare). */
    public static final int DAYS = 90;

    /** A unit's brief. */
    public record Brief(
            String unitCode,
            String unitName,
            Figures current,
            Figures previous,
            CaseFigures cases,
            List<OutcomeQueries.RecurringCategory> themes) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OutcomeQueries queries;

    @Inject
    private OrgTree tree;

    @Inject
    private Accounts accounts;

    @Inject
    private BusinessDay businessDay;

    @Inject
    @Any
    private Instance<UnitGrants> grants;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "cx.metrics.min-sample", defaultValue = "10")
    int minimumSample;

    /**
     * The brief of a unit (and everything below it) up to today: for HR, executives and admins any
     * unit; for anyone else a unit they lead (or one below) or one another area granted them, 403
     * elsewhere; 404 for an unknown unit.
     */
    public Brief brief(String unitCode) {
        OrgUnit unit = em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", unitCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new ResourceNotFoundException("error.unit.unknown", "No org unit " + unitCode, unitCode));
        if (!everything() && !visible().contains(unit.getId())) {
            throw new AccessDeniedException(
                    "error.outcomes.outsideTeam",
                    context.getCallerPrincipal().getName() + " may not look at unit " + unitCode,
                    unitCode);
        }
        LocalDate today = businessDay.today();
        OutcomeQueries.Scope scope =
                new OutcomeQueries.Scope(today.minusDays(DAYS - 1L), today, Set.of(), unitCode, null, null);
        OutcomeQueries.Scope before = scope.during(today.minusDays(2L * DAYS - 1), today.minusDays(DAYS));
        return new Brief(
                unit.getCode(),
                unit.getName(),
                Figures.of(scope.from(), scope.to(), queries.counts(scope), minimumSample),
                Figures.of(before.from(), before.to(), queries.counts(before), minimumSample),
                OutcomeMetrics.caseFigures(queries, scope, minimumSample),
                queries.recurringCategories(scope));
    }

    private boolean everything() {
        return context.isCallerInRole(Role.HR_NAME)
                || context.isCallerInRole(Role.ADMIN_NAME)
                || context.isCallerInRole(Role.EXECUTIVE_NAME);
    }

    /** The units the caller leads or another area granted them sight of, with everything below them. */
    private Set<Long> visible() {
        Employee me =
                accounts.employeeOf(context.getCallerPrincipal().getName()).orElse(null);
        if (me == null) {
            return Set.of();
        }
        Set<Long> roots = new HashSet<>();
        grants.forEach(g -> roots.addAll(g.unitsGrantedTo(me.getId())));
        Set<Long> visible = new HashSet<>(tree.ledBy(me));
        visible.addAll(tree.subtreeOf(roots));
        return visible;
    }
}
