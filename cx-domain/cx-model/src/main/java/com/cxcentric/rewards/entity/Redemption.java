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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's points spent on a reward. The points left their account when they asked (the
 * {@code transferId}); HR then settles it or refuses it, and a refusal's points come back through
 * {@code refundTransferId}. A decided redemption is never decided again.
 */
@Entity
@Table(name = "redemption")
@NamedQuery(name = Redemption.FIND_BY_KEY, query = "SELECT r FROM Redemption r WHERE r.idempotencyKey = :key")
public class Redemption {

    public static final String FIND_BY_KEY = "Redemption.findByKey";
    public static final int NOTE_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "redemption_seq", sequenceName = "redemption_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "redemption_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private Long employeeId;

    @Column(name = "points", nullable = false, updatable = false)
    private long points;

    @Column(name = "money_value", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal moneyValue;

    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private RedemptionStatus status = RedemptionStatus.PENDING;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 120)
    private String idempotencyKey;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "decision_note", length = NOTE_LENGTH)
    private String decisionNote;

    @Column(name = "transfer_id", nullable = false, updatable = false)
    private Long transferId;

    @Column(name = "refund_transfer_id")
    private Long refundTransferId;

    protected Redemption() {
        // for JPA
    }

    public Redemption(
            String idempotencyKey,
            RewardItem item,
            long employeeId,
            BigDecimal moneyValue,
            String currency,
            long transferId,
            Instant requestedAt) {
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.itemId = item.getId();
        this.employeeId = employeeId;
        this.points = item.getCostPoints();
        this.moneyValue = Objects.requireNonNull(moneyValue, "moneyValue");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.transferId = transferId;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** The reward handed over. */
    public void settle(String by, String note, Instant at) {
        decide(RedemptionStatus.SETTLED, by, note, at);
    }

    /** The reward refused; {@code refundTransferId} gave the points back. */
    public void refuse(String by, String reason, long refundTransferId, Instant at) {
        decide(RedemptionStatus.REFUSED, by, Objects.requireNonNull(reason, "reason"), at);
        this.refundTransferId = refundTransferId;
    }

    private void decide(RedemptionStatus outcome, String by, String note, Instant at) {
        if (status != RedemptionStatus.PENDING) {
            throw new IllegalStateException("redemption " + id + " is " + status + " already");
        }
        this.status = outcome;
        this.decidedBy = Objects.requireNonNull(by, "by");
        this.decisionNote = note;
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public long getPoints() {
        return points;
    }

    public RedemptionStatus getStatus() {
        return status;
    }

    public BigDecimal getMoneyValue() {
        return moneyValue;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Long getRefundTransferId() {
        return refundTransferId;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Long getTransferId() {
        return transferId;
    }
}
