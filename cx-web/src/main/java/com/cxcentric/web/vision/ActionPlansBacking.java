package com.cxcentric.web.vision;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.vision.boundary.ActionPlans;
import com.cxcentric.vision.boundary.ActionPlans.Counts;
import com.cxcentric.vision.boundary.ActionPlans.Owner;
import com.cxcentric.vision.boundary.ActionPlans.PlanView;
import com.cxcentric.vision.boundary.ActionPlans.StepView;
import com.cxcentric.vision.boundary.ActionPlans.UnitRef;
import com.cxcentric.vision.entity.ActionPlanStatus;
import com.cxcentric.vision.entity.ActionTarget;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /vision/action-plans.xhtml: the plans of the units the caller sees, overdue first; setting a plan
 * (leads, HR) and recording progress on one (its owner, whoever leads its unit).
 */
@Named
@ViewScoped
public class ActionPlansBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    private ActionPlans plans;

    @Inject
    private FacesMessages messages;

    @Inject
    private BusinessDay businessDay;

    private String unitCode;
    private String status;
    private boolean overdueOnly;
    private int page;
    private Page<PlanView> items;
    private Counts counts;
    private List<UnitRef> plannable;
    private List<UnitRef> visibleUnits;

    private final NewPlanForm form = new NewPlanForm();
    private final Map<String, String> ownerLabels = new HashMap<>();
    private final Map<Long, String> nextStatus = new HashMap<>();
    private final Map<Long, Object> percent = new HashMap<>();
    private final Map<Long, String[]> stepsDone = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, String> newStep = new HashMap<>();

    public Page<PlanView> getItems() {
        if (items == null) {
            try {
                items = plans.plans(filter(), new PageRequest(page, PAGE_SIZE));
                counts = plans.counts(filter());
            } catch (BusinessException refused) {
                messages.error(refused);
                items = new Page<>(List.of(), 0, PAGE_SIZE, 0);
                counts = new Counts(0, 0, 0);
            }
            items.items().forEach(this::prefill);
        }
        return items;
    }

    public Counts getCounts() {
        getItems();
        return counts;
    }

    private ActionPlans.Filter filter() {
        ActionPlanStatus chosen = Arrays.stream(ActionPlanStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        return new ActionPlans.Filter(unitCode == null || unitCode.isBlank() ? null : unitCode, chosen, overdueOnly);
    }

    /** The update form of each plan starts from what it holds now. */
    private void prefill(PlanView plan) {
        nextStatus.putIfAbsent(plan.id(), plan.status().name());
        percent.putIfAbsent(plan.id(), plan.percentDone());
        notes.putIfAbsent(plan.id(), plan.notes());
        stepsDone.putIfAbsent(
                plan.id(),
                plan.steps().stream()
                        .filter(StepView::done)
                        .map(s -> String.valueOf(s.position()))
                        .toArray(String[]::new));
    }

    public void filterChanged() {
        page = 0;
        reload();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        reload();
    }

    public void next() {
        page++;
        reload();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < getItems().total();
    }

    private void reload() {
        items = null;
        counts = null;
    }

    public void set() {
        try {
            PlanView made = plans.set(form.toNewPlan());
            messages.info("plans.set", made.title(), made.unitName());
            form.clear();
            reload();
        } catch (BusinessException refused) {
            messages.error(refused, "planForm");
        }
    }

    public void progress(PlanView plan) {
        try {
            String chosen = nextStatus.get(plan.id());
            PlanView saved = plans.progress(
                    plan.id(),
                    new ActionPlans.Progress(
                            chosen == null ? null : ActionPlanStatus.valueOf(chosen),
                            share(percent.get(plan.id())),
                            Arrays.stream(stepsDone.getOrDefault(plan.id(), new String[0]))
                                    .map(Integer::valueOf)
                                    .toList(),
                            notes.get(plan.id()),
                            plan.version()));
            messages.info("plans.saved", saved.title());
            forget(plan.id());
            reload();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** The share done as the form holds it (a number or its text), or null when empty or not a whole number. */
    private static Integer share(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null || value.toString().isBlank()
                    ? null
                    : Integer.valueOf(value.toString().strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public void addStep(PlanView plan) {
        try {
            plans.addStep(plan.id(), newStep.get(plan.id()));
            messages.info("plans.stepAdded", plan.title());
            forget(plan.id());
            reload();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    private void forget(long id) {
        nextStatus.remove(id);
        percent.remove(id);
        notes.remove(id);
        stepsDone.remove(id);
        newStep.remove(id);
    }

    /** People of the chosen unit for the owner, its lead first. */
    public List<String> completeOwner(String query) {
        if (form.getUnitCode() == null || form.getUnitCode().isBlank()) {
            return List.of();
        }
        try {
            List<Owner> found = plans.owners(form.getUnitCode(), query);
            found.forEach(o -> ownerLabels.put(
                    o.employeeNumber(),
                    o.name() + " (" + o.employeeNumber() + (o.jobTitle() == null ? "" : ", " + o.jobTitle()) + ")"));
            return found.stream().map(Owner::employeeNumber).toList();
        } catch (BusinessException refused) {
            return List.of();
        }
    }

    public String ownerLabel(String number) {
        return number == null ? "" : ownerLabels.getOrDefault(number, number);
    }

    public List<UnitRef> getPlannable() {
        if (plannable == null) {
            plannable = plans.plannable();
        }
        return plannable;
    }

    public List<UnitRef> getVisibleUnits() {
        if (visibleUnits == null) {
            visibleUnits = plans.visibleUnits();
        }
        return visibleUnits;
    }

    public List<ActionPlanStatus> getStatuses() {
        return List.of(ActionPlanStatus.values());
    }

    public List<ActionTarget> getTargets() {
        return List.of(ActionTarget.values());
    }

    public LocalDate getToday() {
        return businessDay.today();
    }

    public NewPlanForm getForm() {
        return form;
    }

    public Map<Long, String> getNextStatus() {
        return nextStatus;
    }

    public Map<Long, Object> getPercent() {
        return percent;
    }

    public Map<Long, String[]> getStepsDone() {
        return stepsDone;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Map<Long, String> getNewStep() {
        return newStep;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
