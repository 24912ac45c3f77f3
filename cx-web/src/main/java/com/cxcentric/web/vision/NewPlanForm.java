package com.cxcentric.web.vision;

import com.cxcentric.vision.boundary.ActionPlans;
import com.cxcentric.vision.entity.ActionTarget;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The fields of a new action plan as typed; the steps one per line. */
public class NewPlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String unitCode;
    private String title;
    private String targetKind;
    private String target;
    private String rootCause;
    private String ownerNumber;
    private LocalDate dueOn;
    private String steps;
    private String notes;

    ActionPlans.NewPlan toNewPlan() {
        ActionTarget kind = Arrays.stream(ActionTarget.values())
                .filter(t -> t.name().equals(targetKind))
                .findFirst()
                .orElse(null);
        List<String> lines = steps == null ? List.of() : Arrays.asList(steps.split("\\R"));
        return new ActionPlans.NewPlan(unitCode, title, kind, target, rootCause, ownerNumber, dueOn, lines, notes);
    }

    void clear() {
        title = null;
        targetKind = null;
        target = null;
        rootCause = null;
        ownerNumber = null;
        dueOn = null;
        steps = null;
        notes = null;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTargetKind() {
        return targetKind;
    }

    public void setTargetKind(String targetKind) {
        this.targetKind = targetKind;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public String getOwnerNumber() {
        return ownerNumber;
    }

    public void setOwnerNumber(String ownerNumber) {
        this.ownerNumber = ownerNumber;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
