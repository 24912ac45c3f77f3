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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One movement of points, written once and never changed: {@code amount} points from one account
 * to another, with the key the caller gave it (a retried request finds its transfer instead of
 * paying twice). {@link #move} makes the two entries that explain it and changes both balances.
 */
@Entity
@Table(name = "points_transfer")
@NamedQuery(name = PointsTransfer.FIND_BY_KEY, query = "SELECT t FROM PointsTransfer t WHERE t.idempotencyKey = :key")
public class PointsTransfer {

    public static final String FIND_BY_KEY = "PointsTransfer.findByKey";
    public static final int KEY_LENGTH = 120;
    public static final int MEMO_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "points_transfer_seq", sequenceName = "points_transfer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_transfer_seq")
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = KEY_LENGTH)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private TransferKind kind;

    @Column(name = "from_account_id", nullable = false, updatable = false)
    private Long fromAccountId;

    @Column(name = "to_account_id", nullable = false, updatable = false)
    private Long toAccountId;

    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 80)
    private String createdBy;

    @Column(name = "memo", updatable = false, length = MEMO_LENGTH)
    private String memo;

    @Column(name = "recognition_id", updatable = false)
    private Long recognitionId;

    @Column(name = "reverses_id", updatable = false)
    private Long reversesId;

    protected PointsTransfer() {
        // for JPA
    }

    /** What a caller asks the ledger to move. */
    public record Movement(
            String idempotencyKey,
            TransferKind kind,
            long amount,
            LocalDate effectiveOn,
            String createdBy,
            String memo,
            Long recognitionId,
            Long reversesId) {

        public Movement {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(effectiveOn, "effectiveOn");
            Objects.requireNonNull(createdBy, "createdBy");
            if (idempotencyKey.isBlank() || idempotencyKey.length() > KEY_LENGTH) {
                throw new IllegalArgumentException("an idempotency key of 1 to " + KEY_LENGTH + " characters");
            }
            if (amount <= 0) {
                throw new IllegalArgumentException("a transfer moves a positive amount, not " + amount);
            }
            if (memo != null && memo.length() > MEMO_LENGTH) {
                memo = memo.substring(0, MEMO_LENGTH);
            }
        }

        /** A movement of the kind, keyed, by someone, on a day, without memo or links. */
        public static Movement of(String key, TransferKind kind, long amount, LocalDate on, String by) {
            return new Movement(key, kind, amount, on, by, null, null, null);
        }
    }

    /** A transfer with its two entries, to be persisted together. */
    public record Written(PointsTransfer transfer, List<PointsEntry> entries) {}

    /**
     * Moves the points: takes them from {@code from} (refused when a person's account has too few),
     * adds them to {@code to}, and returns the transfer with an entry for each side carrying the
     * balance it left. The caller holds both accounts' row locks.
     */
    public static Written move(Movement movement, PointsAccount from, PointsAccount to, Instant now) {
        if (from.getId().equals(to.getId())) {
            throw new IllegalArgumentException("a transfer needs two accounts");
        }
        from.debit(movement.amount());
        to.credit(movement.amount());
        var transfer = new PointsTransfer();
        transfer.idempotencyKey = movement.idempotencyKey();
        transfer.kind = movement.kind();
        transfer.fromAccountId = from.getId();
        transfer.toAccountId = to.getId();
        transfer.amount = movement.amount();
        transfer.effectiveOn = movement.effectiveOn();
        transfer.createdAt = now;
        transfer.createdBy = movement.createdBy();
        transfer.memo = movement.memo();
        transfer.recognitionId = movement.recognitionId();
        transfer.reversesId = movement.reversesId();
        return new Written(
                transfer,
                List.of(
                        new PointsEntry(transfer, from, -movement.amount(), now),
                        new PointsEntry(transfer, to, movement.amount(), now)));
    }

    /** Whether a transfer found under a key is the one a retried request asks for. */
    public boolean sameAs(Movement movement, PointsAccount from, PointsAccount to) {
        return kind == movement.kind()
                && amount == movement.amount()
                && fromAccountId.equals(from.getId())
                && toAccountId.equals(to.getId());
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public TransferKind getKind() {
        return kind;
    }

    public Long getFromAccountId() {
        return fromAccountId;
    }

    public Long getToAccountId() {
        return toAccountId;
    }

    public long getAmount() {
        return amount;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getMemo() {
        return memo;
    }

    public Long getRecognitionId() {
        return recognitionId;
    }

    public Long getReversesId() {
        return reversesId;
    }
}
