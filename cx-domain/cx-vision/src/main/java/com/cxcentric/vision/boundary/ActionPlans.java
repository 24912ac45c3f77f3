package com.cxcentric.vision.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.entity.ActionPlan;
import com.cxcentric.vision.entity.ActionPlanStatus;
import com.cxcentric.vision.entity.ActionTarget;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Action plans against a target, set by a department or team and followed up the org hierarchy: HR
 * and admins plan for any unit, a lead for the units they lead and below; HR, executives and admins
 * see every plan, a lead the plans of their units, an employee the plans of their own unit and the
 * units above it and those they own. The owner and whoever may plan the unit record progress.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class ActionPlans {

    /** A new plan; {@code steps} one sub-action each. */
    public record NewPlan(
            String unitCode,
            String title,
            ActionTarget targetKind,
            String target,
            String rootCause,
            String ownerNumber,
            LocalDate dueOn,
            List<String> steps,
            String notes) {}

    /** Progress on a plan: {@code stepsDone} by position; {@code version} the one read (null: whatever it is now). */
    public record Progress(
            ActionPlanStatus status, Integer percentDone, List<Integer> stepsDone, String notes, Long version) {}

    /** Which plans to list: a unit (with everything below it), a status, only the overdue; null parts do not restrict. */
    public record Filter(String unitCode, ActionPlanStatus status, boolean overdueOnly) {}

    /** A sub-action as shown. */
    public record StepView(int position, String text, boolean done, LocalDate doneOn) {}

    /** A plan as the caller sees it; {@code updatable} when the caller may record progress. */
    public record PlanView(
            long id,
            long version,
            String unitCode,
            String unitName,
            String title,
            ActionTarget targetKind,
            String target,
            String rootCause,
            String ownerNumber,
            String ownerName,
            LocalDate dueOn,
            ActionPlanStatus status,
            int percentDone,
            boolean overdue,
            String notes,
            String createdBy,
            LocalDate completedOn,
            List<StepView> steps,
            boolean updatable) {}

    /** How many plans are open, overdue (among the open) and complete. */
    public record Counts(long open, long overdue, long complete) {}

    /** A unit a caller may plan for. */
    public record UnitRef(String code, String name) {}

    /** Who the caller is as far as plans go. */
    private record Sight(boolean seesAll, boolean plansAll, boolean leads, Set<Long> led, Set<Long> own, Long me) {

        /** HR and admins plan for every unit, someone in the team lead role for the units they lead. */
        boolean plans(long unitId) {
            return plansAll || (leads && led.contains(unitId));
        }
    }

    /** JPQL: the plan {@code p} is open (neither complete nor cancelled). */
    private static final String OPEN_PLAN = "p.status <> com.cxcentric.vision.entity.ActionPlanStatus.COMPLETE"
            + " AND p.status <> com.cxcentric.vision.entity.ActionPlanStatus.CANCELLED";

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private OrgTree tree;

    @Inject
    private BusinessDay businessDay;

    /** The units the caller may set plans for, by name. */
    public List<UnitRef> plannable() {
        Sight sight = sight();
        if (!sight.plansAll() && !(sight.leads() && !sight.led().isEmpty())) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.name", OrgUnit.class).getResultList().stream()
                .filter(u -> sight.plans(u.getId()))
                .map(u -> new UnitRef(u.getCode(), u.getName()))
                .toList();
    }

    /** The units whose plans the caller sees, for a filter: every unit for HR, executives and admins. */
    public List<UnitRef> visibleUnits() {
        Sight sight = sight();
        return em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.name", OrgUnit.class).getResultList().stream()
                .filter(u -> sight.seesAll()
                        || sight.led().contains(u.getId())
                        || sight.own().contains(u.getId()))
                .map(u -> new UnitRef(u.getCode(), u.getName()))
                .toList();
    }

    /** Someone who could own a plan of a unit. */
    public record Owner(String employeeNumber, String name, String jobTitle) {}

    /**
     * Up to 20 current people of the unit and below (its lead first) whose name or number contains
     * the query; 403 for a unit the caller may not plan for.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    public List<Owner> owners(String unitCode, String query) {
        OrgUnit unit = unit(unitCode);
        if (!sight().plans(unit.getId())) {
            throw new AccessDeniedException(
                    "error.plan.notYourUnit",
                    context.getCallerPrincipal().getName() + " does not lead " + unit.getCode(),
                    unit.getName());
        }
        String like = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        return em
                .createQuery(
                        "SELECT e FROM Employee e WHERE e.status <> :left AND (e.orgUnit.id IN :units OR e = :lead)"
                                + " AND (LOWER(CONCAT(e.firstName, CONCAT(' ', e.lastName))) LIKE :like"
                                + " OR LOWER(e.employeeNumber) LIKE :like)"
                                + " ORDER BY CASE WHEN e = :lead THEN 0 ELSE 1 END, e.lastName, e.firstName",
                        Employee.class)
                .setParameter("left", EmploymentStatus.LEFT)
                .setParameter("units", tree.subtreeOf(List.of(unit.getId())))
                .setParameter("lead", unit.getLead())
                .setParameter("like", like)
                .setMaxResults(20)
                .getResultList()
                .stream()
                .map(e -> new Owner(e.getEmployeeNumber(), e.getDisplayName(), e.getJobTitle()))
                .toList();
    }

    /**
     * Sets a plan for a unit: HR and admins for any, a lead for the units they lead (403 otherwise).
     * The owner is a current employee; 422 names the field at fault.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    public PlanView set(NewPlan plan) {
        Sight sight = sight();
        if (plan.unitCode() == null || plan.unitCode().isBlank()) {
            throw new RuleViolationException("unitCode", "error.plan.unit", "Name the unit the plan is for");
        }
        OrgUnit unit = unit(plan.unitCode());
        if (!sight.plans(unit.getId())) {
            throw new AccessDeniedException(
                    "error.plan.notYourUnit",
                    context.getCallerPrincipal().getName() + " does not lead " + unit.getCode(),
                    unit.getName());
        }
        ActionPlan made = ActionPlan.set(
                unit,
                plan.title(),
                plan.targetKind(),
                plan.target(),
                plan.rootCause(),
                owner(plan.ownerNumber()),
                plan.dueOn(),
                plan.steps(),
                plan.notes(),
                context.getCallerPrincipal().getName(),
                businessDay.today());
        em.persist(made);
        em.flush();
        return view(made, sight);
    }

    /**
     * Records progress on a plan: its owner and whoever may plan its unit (403 for anyone else who
     * sees it, 404 for a plan the caller does not see); 409 when it changed since {@code version}
     * or was cancelled; 422 names the field at fault.
     */
    public PlanView progress(long id, Progress progress) {
        Sight sight = sight();
        ActionPlan plan = lockedForUpdate(id, sight);
        if (progress.version() != null && progress.version() != plan.getVersion()) {
            throw new ConflictException(
                    "version", "error.plan.changed", "Plan " + id + " changed since it was read", plan.getTitle());
        }
        if (progress.percentDone() == null) {
            throw new RuleViolationException("percentDone", "error.plan.percent", "Give the share done", "");
        }
        plan.progress(
                progress.status(), progress.percentDone(), progress.stepsDone(), progress.notes(), businessDay.today());
        em.flush();
        return view(plan, sight);
    }

    /** Adds a sub-action to a plan; the same rights as progress. */
    public PlanView addStep(long id, String text) {
        Sight sight = sight();
        ActionPlan plan = lockedForUpdate(id, sight);
        plan.addStep(text);
        em.flush();
        return view(plan, sight);
    }

    /** One plan the caller sees (404 otherwise). */
    public PlanView plan(long id) {
        Sight sight = sight();
        ActionPlan plan = em.find(ActionPlan.class, id);
        if (plan == null || !visible(plan, sight)) {
            throw unknown(id);
        }
        return view(plan, sight);
    }

    /** The plans the caller sees, overdue ones first, then by due date; 403 for a unit the caller does not see. */
    public Page<PlanView> plans(Filter filter, PageRequest page) {
        Sight sight = sight();
        Map<String, Object> parameters = new HashMap<>();
        String condition = condition(filter, sight, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM ActionPlan p" + condition, Long.class);
        TypedQuery<ActionPlan> list = em.createQuery(
                "SELECT p FROM ActionPlan p" + condition + " ORDER BY CASE WHEN " + OPEN_PLAN
                        + " THEN 0 ELSE 1 END, p.dueOn, p.id",
                ActionPlan.class);
        parameters.forEach(count::setParameter);
        parameters.forEach(list::setParameter);
        List<PlanView> items = list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(p -> view(p, sight))
                .toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /** Open, overdue (among the open) and complete plans of those the filter lists, its status ignored. */
    public Counts counts(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String condition = condition(new Filter(filter.unitCode(), null, false), sight(), parameters);
        TypedQuery<Object[]> query = em.createQuery(
                "SELECT SUM(CASE WHEN " + OPEN_PLAN + " THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN " + OPEN_PLAN + " AND p.dueOn < :today THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN p.status = com.cxcentric.vision.entity.ActionPlanStatus.COMPLETE"
                        + " THEN 1 ELSE 0 END) FROM ActionPlan p" + condition,
                Object[].class);
        parameters.forEach(query::setParameter);
        Object[] row = query.setParameter("today", businessDay.today()).getSingleResult();
        return new Counts(number(row[0]), number(row[1]), number(row[2]));
    }

    /** The WHERE clause of a filter for the caller, its parameters put in {@code parameters}. */
    private String condition(Filter filter, Sight sight, Map<String, Object> parameters) {
        List<String> where = new ArrayList<>();
        if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
            OrgUnit unit = unit(filter.unitCode());
            if (!sight.seesAll()
                    && !sight.led().contains(unit.getId())
                    && !sight.own().contains(unit.getId())) {
                throw new AccessDeniedException(
                        "error.plan.notYourUnit",
                        context.getCallerPrincipal().getName() + " does not see " + unit.getCode(),
                        unit.getName());
            }
            where.add("p.unit.id IN :units");
            parameters.put("units", tree.subtreeOf(List.of(unit.getId())));
        }
        if (!sight.seesAll()) {
            Set<Long> visible = new HashSet<>(sight.led());
            visible.addAll(sight.own());
            parameters.put("me", sight.me() == null ? -1L : sight.me());
            if (visible.isEmpty()) {
                where.add("p.owner.id = :me");
            } else {
                where.add("(p.unit.id IN :visible OR p.owner.id = :me)");
                parameters.put("visible", visible);
            }
        }
        if (filter.status() != null) {
            where.add("p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.overdueOnly()) {
            where.add(OPEN_PLAN + " AND p.dueOn < :today");
            parameters.put("today", businessDay.today());
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The plan, locked, when the caller may change it: 404 when they do not see it, 403 when they only see it. */
    private ActionPlan lockedForUpdate(long id, Sight sight) {
        ActionPlan plan = em.find(ActionPlan.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || !visible(plan, sight)) {
            throw unknown(id);
        }
        if (!updatable(plan, sight)) {
            throw new AccessDeniedException(
                    "error.plan.notYours",
                    context.getCallerPrincipal().getName() + " neither owns plan " + id + " nor leads its unit",
                    plan.getTitle());
        }
        return plan;
    }

    private boolean visible(ActionPlan plan, Sight sight) {
        return sight.seesAll()
                || sight.led().contains(plan.getUnit().getId())
                || sight.own().contains(plan.getUnit().getId())
                || plan.getOwner().getId().equals(sight.me());
    }

    private static boolean updatable(ActionPlan plan, Sight sight) {
        return sight.plans(plan.getUnit().getId()) || plan.getOwner().getId().equals(sight.me());
    }

    private Sight sight() {
        boolean plansAll = context.isCallerInRole(Role.HR_NAME) || context.isCallerInRole(Role.ADMIN_NAME);
        boolean seesAll = plansAll || context.isCallerInRole(Role.EXECUTIVE_NAME);
        Employee me =
                accounts.employeeOf(context.getCallerPrincipal().getName()).orElse(null);
        if (me == null) {
            return new Sight(seesAll, plansAll, false, Set.of(), Set.of(), null);
        }
        Set<Long> own = new HashSet<>();
        for (OrgUnit step = me.getOrgUnit(); step != null; step = step.getParent()) {
            own.add(step.getId());
        }
        return new Sight(
                seesAll, plansAll, context.isCallerInRole(Role.TEAM_LEAD_NAME), tree.ledBy(me), own, me.getId());
    }

    private OrgUnit unit(String code) {
        return em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("error.unit.unknown", "No org unit " + code, code));
    }

    private Employee owner(String number) {
        if (number == null || number.isBlank()) {
            throw new RuleViolationException("ownerNumber", "error.plan.owner", "Name the plan's owner");
        }
        Employee owner = em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", number.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "ownerNumber", "error.idea.unknownOwner", "No employee with number " + number, number));
        if (owner.getStatus() == EmploymentStatus.LEFT) {
            throw new RuleViolationException(
                    "ownerNumber", "error.idea.ownerLeft", number + " has left", owner.getDisplayName());
        }
        return owner;
    }

    private static ResourceNotFoundException unknown(long id) {
        return new ResourceNotFoundException("error.plan.unknown", "There is no plan " + id + " you may see", id);
    }

    private PlanView view(ActionPlan plan, Sight sight) {
        return new PlanView(
                plan.getId(),
                plan.getVersion(),
                plan.getUnit().getCode(),
                plan.getUnit().getName(),
                plan.getTitle(),
                plan.getTargetKind(),
                plan.getTarget(),
                plan.getRootCause(),
                plan.getOwner().getEmployeeNumber(),
                plan.getOwner().getDisplayName(),
                plan.getDueOn(),
                plan.getStatus(),
                plan.getPercentDone(),
                plan.overdue(businessDay.today()),
                plan.getNotes(),
                plan.getCreatedBy(),
                plan.getCompletedOn(),
                plan.getSteps().stream()
                        .map(s -> new StepView(s.getPosition(), s.getText(), s.isDone(), s.getDoneOn()))
                        .toList(),
                updatable(plan, sight));
    }
}
