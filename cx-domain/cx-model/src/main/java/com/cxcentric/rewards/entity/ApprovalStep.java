package com.cxcentric.rewards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One stage of an approval: who decides it (a named lead, or anyone in HR), and once decided, the
 * decision with the comment the next approver reads. Waiting too long hands it up a level.
 */
@Entity
@Table(name = "approval_step")
@NamedQuery(
        name = ApprovalStep.FIND_OF_REQUEST,
        query = "SELECT s FROM ApprovalStep s WHERE s.requestId = :request ORDER BY s.stage")
public class ApprovalStep {

    public static final String FIND_OF_REQUEST = "ApprovalStep.findOfRequest";
    public static final int COMMENT_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "approval_step_seq", sequenceName = "approval_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_step_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "stage", nullable = false, updatable = false)
    private int stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "approver", nullable = false, length = 16)
    private Approver approver;

    @Column(name = "approver_id")
    private Long approverId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 10)
    private ApprovalDecision decision;

    @Column(name = "comment_text", length = COMMENT_LENGTH)
    private String comment;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    protected ApprovalStep() {
        // for JPA
    }

    public ApprovalStep(long requestId, int stage, Approver approver, Long approverId) {
        this.requestId = requestId;
        this.stage = stage;
        assign(approver, approverId);
    }

    private void assign(Approver approver, Long approverId) {
        if ((approver == Approver.HR) != (approverId == null)) {
            throw new IllegalArgumentException(approver + " stage with approver " + approverId);
        }
        this.approver = approver;
        this.approverId = approverId;
    }

    /** Handed up a level after waiting too long. */
    public void escalateTo(Approver approver, Long approverId, Instant at) {
        assign(approver, approverId);
        this.escalatedAt = at;
    }

    public void decide(ApprovalDecision decision, String comment, String by, Instant at) {
        if (this.decision != null) {
            throw new IllegalStateException("stage " + stage + " of approval " + requestId + " is decided");
        }
        this.decision = Objects.requireNonNull(decision, "decision");
        this.comment = comment;
        this.decidedBy = Objects.requireNonNull(by, "by");
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public int getStage() {
        return stage;
    }

    public Approver getApprover() {
        return approver;
    }

    public Long getApproverId() {
        return approverId;
    }

    public ApprovalDecision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }
}
