package com.cxcentric.rewards.entity;

import com.cxcentric.organization.entity.Motivator;
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
 * Points for a person that wait for one to three approvers in turn: a nomination, a scheme's
 * award above the approval limit, or a reward outside the catalog the person asks for. The points are held from the start ({@code holdTransferId});
 * the last approval pays them to the person, a refusal at any stage returns them
 * ({@code outcomeTransferId} either way). Decided once.
 */
@Entity
@Table(name = "approval_request")
@NamedQuery(name = ApprovalRequest.FIND_BY_KEY, query = "SELECT r FROM ApprovalRequest r WHERE r.idempotencyKey = :key")
@NamedQuery(
        name = ApprovalRequest.FIND_WAITING_SINCE,
        query = "SELECT r FROM ApprovalRequest r WHERE r.status = com.cxcentric.rewards.entity.ApprovalStatus.WAITING"
                + " AND r.stageSince < :before ORDER BY r.id")
public class ApprovalRequest {

    public static final String FIND_BY_KEY = "ApprovalRequest.findByKey";
    public static final String FIND_WAITING_SINCE = "ApprovalRequest.findWaitingSince";
    public static final int REASON_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "approval_request_seq", sequenceName = "approval_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_request_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 12)
    private ApprovalKind kind;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private Long employeeId;

    @Column(name = "points", nullable = false, updatable = false)
    private long points;

    @Column(name = "reason", nullable = false, updatable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "value_code", updatable = false, length = 40)
    private String valueCode;

    @Column(name = "award_id")
    private Long awardId;

    @Column(name = "requester_id", updatable = false)
    private Long requesterId;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 80)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 120)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ApprovalStatus status = ApprovalStatus.WAITING;

    @Column(name = "stage", nullable = false)
    private int stage = 1;

    @Column(name = "stages", nullable = false, updatable = false)
    private int stages;

    @Column(name = "stage_since", nullable = false)
    private Instant stageSince;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "budget_id", updatable = false)
    private Long budgetId;

    @Column(name = "hold_transfer_id", nullable = false, updatable = false)
    private Long holdTransferId;

    @Column(name = "outcome_transfer_id")
    private Long outcomeTransferId;

    @Column(name = "reward_title", updatable = false, length = RewardItem.NAME_LENGTH)
    private String rewardTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "reward_motivator", updatable = false, length = 32)
    private Motivator rewardMotivator;

    @Column(name = "redemption_id")
    private Long redemptionId;

    protected ApprovalRequest() {
        // for JPA
    }

    /** What is asked: for whom, how many points, why, by whom, and through how many stages. */
    public record Ask(
            ApprovalKind kind,
            long employeeId,
            long points,
            String reason,
            String valueCode,
            Long awardId,
            Long requesterId,
            String requestedBy,
            String idempotencyKey,
            int stages) {

        public Ask {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(requestedBy, "requestedBy");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            if (points <= 0 || stages < 1 || stages > 3) {
                throw new IllegalArgumentException(points + " points through " + stages + " stages");
            }
        }
    }

    public ApprovalRequest(Ask ask, Long budgetId, long holdTransferId, Instant now) {
        this.kind = ask.kind();
        this.employeeId = ask.employeeId();
        this.points = ask.points();
        this.reason = ask.reason();
        this.valueCode = ask.valueCode();
        this.awardId = ask.awardId();
        this.requesterId = ask.requesterId();
        this.requestedBy = ask.requestedBy();
        this.idempotencyKey = ask.idempotencyKey();
        this.stages = ask.stages();
        this.budgetId = budgetId;
        this.holdTransferId = holdTransferId;
        this.requestedAt = Objects.requireNonNull(now, "now");
        this.stageSince = now;
    }

    /** What a {@link ApprovalKind#REWARD} asks for: the reward outside the catalog, and its kind. */
    public void forReward(String title, Motivator motivator) {
        if (kind != ApprovalKind.REWARD) {
            throw new IllegalStateException("approval " + id + " is a " + kind);
        }
        this.rewardTitle = Objects.requireNonNull(title, "title");
        this.rewardMotivator = Objects.requireNonNull(motivator, "motivator");
    }

    /** The redemption an approved reward became. */
    public void redeemedAs(long redemptionId) {
        this.redemptionId = redemptionId;
    }

    public String getRewardTitle() {
        return rewardTitle;
    }

    public Motivator getRewardMotivator() {
        return rewardMotivator;
    }

    public Long getRedemptionId() {
        return redemptionId;
    }

    /** The award this request holds the points of, recorded once the award is. */
    public void forAward(long awardId) {
        if (this.awardId != null && this.awardId != awardId) {
            throw new IllegalStateException("approval " + id + " is for award " + this.awardId);
        }
        this.awardId = awardId;
    }

    /** Whether the stage being decided is the last. */
    public boolean atLastStage() {
        return stage == stages;
    }

    /** The stage approved, not the last: the next approver's turn from now. */
    public void nextStage(Instant now) {
        if (status != ApprovalStatus.WAITING || atLastStage()) {
            throw new IllegalStateException("approval " + id + " has no stage after " + stage);
        }
        stage++;
        stageSince = now;
        remindedAt = null;
    }

    /** The stage handed to another approver after waiting too long: their wait starts now. */
    public void escalated(Instant now) {
        stageSince = now;
        remindedAt = null;
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    /** Decided: approved at the last stage (the points paid) or refused (the points returned). */
    public void decide(ApprovalStatus outcome, long outcomeTransferId, Instant now) {
        if (status != ApprovalStatus.WAITING || outcome == ApprovalStatus.WAITING) {
            throw new IllegalStateException("approval " + id + " is " + status);
        }
        this.status = outcome;
        this.outcomeTransferId = outcomeTransferId;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public ApprovalKind getKind() {
        return kind;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public long getPoints() {
        return points;
    }

    public String getReason() {
        return reason;
    }

    public String getValueCode() {
        return valueCode;
    }

    public Long getAwardId() {
        return awardId;
    }

    public Long getRequesterId() {
        return requesterId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public ApprovalStatus getStatus() {
        return status;
    }

    public int getStage() {
        return stage;
    }

    public int getStages() {
        return stages;
    }

    public Instant getStageSince() {
        return stageSince;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getBudgetId() {
        return budgetId;
    }

    public Long getHoldTransferId() {
        return holdTransferId;
    }

    public Long getOutcomeTransferId() {
        return outcomeTransferId;
    }
}
