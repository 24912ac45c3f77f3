package com.cxcentric.vision.entity;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What a department or team plans to do against a target: the owner, the due date, the status and
 * the share done, sub-actions ticked off one by one, and notes. A complete plan is 100 % done and
 * knows the day it was completed; a cancelled plan does not change any more; an open plan past its
 * due date is overdue.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends AuditedEntity {

    public static final int TITLE_LENGTH = 150;
    public static final int TARGET_LENGTH = 300;
    public static final int ROOT_CAUSE_LENGTH = 1000;
    public static final int NOTES_LENGTH = 4000;
    public static final int MAX_STEPS = 20;

    @Id
    @SequenceGenerator(name = "action_plan_seq", sequenceName = "action_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_plan_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 24)
    private ActionTarget targetKind;

    @Column(name = "target", nullable = false, length = TARGET_LENGTH)
    private String target;

    @Column(name = "root_cause", length = ROOT_CAUSE_LENGTH)
    private String rootCause;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Employee owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ActionPlanStatus status = ActionPlanStatus.NOT_STARTED;

    @Column(name = "percent_done", nullable = false)
    private int percentDone;

    @Column(name = "notes", length = NOTES_LENGTH)
    private String notes;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @ElementCollection
    @CollectionTable(name = "action_plan_step", joinColumns = @JoinColumn(name = "action_plan_id"))
    @OrderBy("position")
    private List<ActionStep> steps = new ArrayList<>();

    protected ActionPlan() {}

    /**
     * A new plan, not started. Blank lines among the steps are skipped.
     *
     * @throws RuleViolationException naming the field: a blank or too long title or target, no root
     *     cause for a complaint category, a due date before today, too many or too long steps
     */
    public static ActionPlan set(
            OrgUnit unit,
            String title,
            ActionTarget kind,
            String target,
            String rootCause,
            Employee owner,
            LocalDate dueOn,
            List<String> steps,
            String notes,
            String by,
            LocalDate today) {
        ActionPlan plan = new ActionPlan();
        plan.unit = Objects.requireNonNull(unit, "unit");
        plan.title = required("title", title, TITLE_LENGTH);
        if (kind == null) {
            throw new RuleViolationException("targetKind", "error.plan.targetKind", "Say what the plan aims to move");
        }
        plan.targetKind = kind;
        plan.target = required("target", target, TARGET_LENGTH);
        plan.rootCause = optional("rootCause", rootCause, ROOT_CAUSE_LENGTH);
        if (kind == ActionTarget.COMPLAINT_CATEGORY && plan.rootCause == null) {
            throw new RuleViolationException(
                    "rootCause", "error.plan.rootCause", "A plan against a complaint category names its root cause");
        }
        plan.owner = Objects.requireNonNull(owner, "owner");
        if (dueOn == null || dueOn.isBefore(today)) {
            throw new RuleViolationException(
                    "dueOn", "error.plan.dueOn", "The due date is today or later", String.valueOf(dueOn));
        }
        plan.dueOn = dueOn;
        plan.notes = optional("notes", notes, NOTES_LENGTH);
        plan.createdBy = Objects.requireNonNull(by, "by");
        List<String> given = steps == null
                ? List.of()
                : steps.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .map(String::strip)
                        .toList();
        if (given.size() > MAX_STEPS) {
            throw new RuleViolationException(
                    "steps", "error.plan.tooManySteps", "A plan has at most " + MAX_STEPS + " steps", MAX_STEPS);
        }
        for (String step : given) {
            plan.addStep(step);
        }
        return plan;
    }

    /**
     * Records progress: the status, the share done, which steps are done (by position) and the notes.
     * Complete makes it 100 % done on {@code today}; not started has nothing done.
     *
     * @throws ConflictException when the plan was cancelled
     * @throws RuleViolationException naming the field for a share outside 0-100, progress on a plan
     *     not started, or notes too long
     */
    public void progress(
            ActionPlanStatus next, int percent, Collection<Integer> stepsDone, String newNotes, LocalDate today) {
        if (status == ActionPlanStatus.CANCELLED) {
            throw new ConflictException(
                    "status", "error.plan.cancelled", "Plan " + id + " was cancelled and does not change", title);
        }
        if (next == null) {
            throw new RuleViolationException("status", "error.plan.status", "Give the plan's status");
        }
        if (percent < 0 || percent > 100) {
            throw new RuleViolationException(
                    "percentDone", "error.plan.percent", "The share done is between 0 and 100 %", percent);
        }
        if (next == ActionPlanStatus.NOT_STARTED && percent > 0) {
            throw new RuleViolationException(
                    "status", "error.plan.notStarted", "A plan with work done has started", percent);
        }
        notes = optional("notes", newNotes, NOTES_LENGTH);
        for (ActionStep step : steps) {
            step.markDone(stepsDone != null && stepsDone.contains(step.getPosition()), today);
        }
        if (next == ActionPlanStatus.COMPLETE) {
            percentDone = 100;
            completedOn = status == ActionPlanStatus.COMPLETE ? completedOn : today;
        } else {
            percentDone = percent;
            completedOn = null;
        }
        status = next;
    }

    /**
     * Adds a sub-action at the end.
     *
     * @throws RuleViolationException for a blank or too long step, or one too many
     */
    public void addStep(String text) {
        if (steps.size() >= MAX_STEPS) {
            throw new RuleViolationException(
                    "steps", "error.plan.tooManySteps", "A plan has at most " + MAX_STEPS + " steps", MAX_STEPS);
        }
        steps.add(new ActionStep(steps.size() + 1, required("steps", text, ActionStep.TEXT_LENGTH), null));
    }

    /** Whether the plan is still open after its due date. */
    public boolean overdue(LocalDate today) {
        return status.open() && dueOn.isBefore(today);
    }

    private static String required(String field, String value, int length) {
        String text = optional(field, value, length);
        if (text == null) {
            throw new RuleViolationException(field, "error.plan." + field + "Blank", "Fill in the " + field);
        }
        return text;
    }

    private static String optional(String field, String value, int length) {
        String text = value == null ? "" : value.strip();
        if (text.length() > length) {
            throw new RuleViolationException(
                    field, "error.plan.tooLong", "The " + field + " has more than " + length + " characters", length);
        }
        return text.isEmpty() ? null : text;
    }

    @Override
    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public ActionTarget getTargetKind() {
        return targetKind;
    }

    public String getTarget() {
        return target;
    }

    public String getRootCause() {
        return rootCause;
    }

    public Employee getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionPlanStatus getStatus() {
        return status;
    }

    public int getPercentDone() {
        return percentDone;
    }

    public String getNotes() {
        return notes;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public List<ActionStep> getSteps() {
        return List.copyOf(steps);
    }
}
