package com.cxcentric.vision.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rollout.RolloutContributor;
import com.cxcentric.rollout.RolloutDimension;
import com.cxcentric.rollout.RolloutPeriod;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.control.RolloutChanges;
import com.cxcentric.vision.control.RolloutFold;
import com.cxcentric.vision.control.RolloutFold.Row;
import com.cxcentric.vision.entity.VisionStatus;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The rollout heatmap: departments (or the units below one, or for a team lead the units they
 * lead) × every area's rollout dimensions, each cell coloured against its target and grey when it
 * rests on too little data. The figures come from the areas' {@link RolloutContributor}s, a few
 * grouped queries each whatever the company's size, folded here into the rows.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
public class RolloutHeatmap {

    /** One level of the drill-down path. */
    public record Step(long unitId, String name) {}

    /**
     * The heatmap of one level: {@code total} is the scope itself (the company, the unit drilled
     * into, or everything a lead leads), {@code rows} the units of that level.
     */
    public record Heatmap(
            boolean started,
            LocalDate start,
            LocalDate today,
            List<RolloutDimension> dimensions,
            Row total,
            List<Row> rows,
            List<Step> path) {

        /** The rows furthest behind first: most cells behind, then most close, then fewest on target. */
        public List<Row> furthestBehind(int count) {
            return rows.stream()
                    .sorted(Comparator.comparingLong(Row::behind)
                            .reversed()
                            .thenComparing(Comparator.comparingLong(Row::close).reversed())
                            .thenComparingLong(Row::onTarget)
                            .thenComparing(Row::name))
                    .limit(count)
                    .toList();
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    @Any
    private Instance<RolloutContributor> contributors;

    @Inject
    private OrgTree orgTree;

    @Inject
    private Accounts accounts;

    @Inject
    private BusinessDay businessDay;

    @Inject
    private RolloutFold fold;

    @Inject
    private RolloutChanges changes;

    /**
     * The heatmap of the departments ({@code unitId} null) or of the units right below {@code unitId};
     * a team lead sees the units they lead and below only (403 elsewhere).
     */
    public Heatmap heatmap(Long unitId) {
        LocalDate today = businessDay.today();
        LocalDate start = em.createQuery(
                        "SELECT MIN(v.publishedOn) FROM VisionVersion v WHERE v.status = :published", LocalDate.class)
                .setParameter("published", VisionStatus.PUBLISHED)
                .getSingleResult();
        RolloutPeriod period = new RolloutPeriod(start == null ? today : start, today);
        List<OrgUnit> units =
                em.createQuery("SELECT u FROM OrgUnit u", OrgUnit.class).getResultList();
        Set<Long> allowed = everything() ? null : orgTree.ledBy(me());
        List<OrgUnit> level;
        List<Step> path = new ArrayList<>();
        Collection<Long> scope;
        if (unitId == null) {
            level = everything()
                    ? em.createNamedQuery(OrgUnit.FIND_BY_TYPE, OrgUnit.class)
                            .setParameter("type", OrgUnitType.DEPARTMENT)
                            .getResultList()
                    : em
                            .createNamedQuery(OrgUnit.FIND_LED_BY, OrgUnit.class)
                            .setParameter("lead", me())
                            .getResultList()
                            .stream()
                            .filter(u -> u.getParent() == null
                                    || !allowed.contains(u.getParent().getId()))
                            .toList();
            scope = allowed == null ? units.stream().map(OrgUnit::getId).toList() : allowed;
        } else {
            if (allowed != null && !allowed.contains(unitId)) {
                throw new AccessDeniedException(
                        "error.rollout.notYourUnit", "Unit " + unitId + " is not one you lead", unitId);
            }
            OrgUnit parent = units.stream()
                    .filter(u -> u.getId().equals(unitId))
                    .findFirst()
                    .orElseThrow(() -> new ResourceNotFoundException(
                            "error.rollout.unknownUnit", "There is no org unit " + unitId, unitId));
            for (OrgUnit step = parent; step != null; step = step.getParent()) {
                if (allowed != null && !allowed.contains(step.getId())) {
                    break;
                }
                path.add(0, new Step(step.getId(), step.getName()));
            }
            level = units.stream()
                    .filter(u -> u.getParent() != null && u.getParent().getId().equals(unitId))
                    .sorted(Comparator.comparing(OrgUnit::getName))
                    .toList();
            scope = orgTree.subtreeOf(List.of(unitId));
        }
        RolloutFold.Folded folded = fold.fold(contributors, period, level, scope);
        return new Heatmap(start != null, start, today, folded.dimensions(), folded.total(), folded.rows(), path);
    }

    /** What moved in the rollout this month, company-wide (leadership, HR and admins only). */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    public RolloutChanges.Changes thisMonth() {
        return changes.since(businessDay.today().withDayOfMonth(1), businessDay.zone());
    }

    private boolean everything() {
        return context.isCallerInRole(Role.ADMIN_NAME)
                || context.isCallerInRole(Role.HR_NAME)
                || context.isCallerInRole(Role.EXECUTIVE_NAME);
    }

    private Employee me() {
        return accounts.linkedEmployee(context.getCallerPrincipal().getName());
    }
}
