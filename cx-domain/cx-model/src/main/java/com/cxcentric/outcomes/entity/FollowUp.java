package com.cxcentric.outcomes.entity;

import com.cxcentric.organization.entity.Employee;
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
import java.time.Instant;
import java.util.Objects;

/**
 * The closed loop of one unhappy response: who must contact the customer by when, whether it
 * escalated, and what came of it. Created set-based when feedback arrives; recorded by the lead.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp extends AuditedEntity {

    public static final int ACTION_LENGTH = 2000;

    /** Why the follow-up was opened. */
    public enum Reason {
        DETRACTOR,
        LOW_CSAT,
        COMPLAINT
    }

    /** Open until the lead records a final outcome. */
    public enum Status {
        OPEN,
        DONE
    }

    @Id
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    private Long id;

    /** The response that opened it; null for a complaint's. */
    @Column(name = "feedback_id", updatable = false)
    private Long feedbackId;

    /** The complaint that opened it; null for a response's. */
    @Column(name = "complaint_id", updatable = false)
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 16, updatable = false)
    private Reason reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Employee owner;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status = Status.OPEN;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "escalated_to_id")
    private Employee escalatedTo;

    @Column(name = "contacted_at")
    private Instant contactedAt;

    @Column(name = "action_taken", length = ACTION_LENGTH)
    private String actionTaken;

    @Enumerated(EnumType.STRING)
    @Column(name = "recovery", length = 16)
    private Recovery recovery;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    protected FollowUp() {
        // for JPA; follow-ups are created set-based by the feedback store
    }

    /**
     * Records the contact with the customer. A final outcome closes the follow-up; {@link
     * Recovery#PENDING} keeps it open.
     */
    public void record(Instant contacted, String action, Recovery outcome, String by) {
        this.contactedAt = Objects.requireNonNull(contacted, "contacted");
        this.actionTaken = action;
        this.recovery = Objects.requireNonNull(outcome, "outcome");
        this.closedBy = by;
        this.status = outcome == Recovery.PENDING ? Status.OPEN : Status.DONE;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getFeedbackId() {
        return feedbackId;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public Reason getReason() {
        return reason;
    }

    public Employee getOwner() {
        return owner;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Employee getEscalatedTo() {
        return escalatedTo;
    }

    public Instant getContactedAt() {
        return contactedAt;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public Recovery getRecovery() {
        return recovery;
    }
}
