package com.cxcentric.vision.entity;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An observation or improvement idea a customer champion raised from the front line for their
 * department, and the department's answer: every answer states what the department makes of it
 * (mandatory), may name the owner of the change and moves the idea along {@link IdeaStatus}.
 */
@Entity
@Table(name = "improvement_idea")
public class Idea extends AuditedEntity {

    public static final int TITLE_LENGTH = 150;
    public static final int TEXT_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "improvement_idea_seq", sequenceName = "improvement_idea_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_idea_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false, updatable = false)
    private OrgUnit department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "raised_by_id", nullable = false, updatable = false)
    private Employee raisedBy;

    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private IdeaKind kind;

    @Column(name = "title", nullable = false, updatable = false, length = TITLE_LENGTH)
    private String title;

    @Column(name = "observation", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String observation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private IdeaStatus status = IdeaStatus.RAISED;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Employee owner;

    @Column(name = "answer", length = TEXT_LENGTH)
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Idea() {}

    /**
     * A champion's idea for their department.
     *
     * @throws RuleViolationException naming the field when the title or the observation is blank or too long
     */
    public static Idea raise(
            OrgUnit department, Employee champion, IdeaKind kind, String title, String observation, LocalDate on) {
        Idea idea = new Idea();
        idea.department = Objects.requireNonNull(department, "department");
        idea.raisedBy = Objects.requireNonNull(champion, "champion");
        idea.kind = kind == null ? IdeaKind.IDEA : kind;
        idea.title = text("title", title, TITLE_LENGTH);
        idea.observation = text("observation", observation, TEXT_LENGTH);
        idea.raisedOn = Objects.requireNonNull(on, "on");
        return idea;
    }

    /**
     * The department's answer: what it makes of the idea, the status that follows and who owns the
     * change (the owner stays when none is given).
     *
     * @throws RuleViolationException for a blank or too long answer, or the status raised
     * @throws ConflictException when the idea is closed or cannot move to that status
     */
    public void answer(IdeaStatus next, String text, Employee newOwner, String by, LocalDate on) {
        if (next == null || next == IdeaStatus.RAISED) {
            throw new RuleViolationException(
                    "status",
                    "error.idea.status",
                    "An answer moves the idea on: answered, in progress, acted on or declined");
        }
        if (!status.next().contains(next)) {
            throw new ConflictException(
                    "status",
                    "error.idea.closed",
                    "Idea " + id + " is " + status + " and cannot become " + next,
                    status.name(),
                    next.name());
        }
        answer = text("answer", text, TEXT_LENGTH);
        if (newOwner != null) {
            owner = newOwner;
        }
        answeredBy = Objects.requireNonNull(by, "by");
        answeredOn = Objects.requireNonNull(on, "on");
        status = next;
        closedOn = next.closed() ? on : null;
    }

    private static String text(String field, String value, int length) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolationException(field, "error.idea." + field + "Blank", "Give the " + field);
        }
        if (trimmed.length() > length) {
            throw new RuleViolationException(
                    field,
                    "error.idea.tooLong",
                    "The " + field + " has more than " + length + " characters",
                    field,
                    length);
        }
        return trimmed;
    }

    @Override
    public Long getId() {
        return id;
    }

    public OrgUnit getDepartment() {
        return department;
    }

    public Employee getRaisedBy() {
        return raisedBy;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public IdeaKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getObservation() {
        return observation;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public Employee getOwner() {
        return owner;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
