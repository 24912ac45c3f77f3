package com.cxcentric.rewards.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Peer recognition: someone thanks colleagues for something they did, naming the company value it
 * showed, with points each from their monthly allowance (zero is a thank-you without points). A
 * public one shows in the company's feed; a private one only to the people in it and the
 * recipients' leads. Written once.
 */
@Entity
@Table(name = "recognition")
@NamedQuery(name = Recognition.FIND_BY_KEY, query = "SELECT r FROM Recognition r WHERE r.idempotencyKey = :key")
public class Recognition {

    public static final String FIND_BY_KEY = "Recognition.findByKey";
    public static final int MESSAGE_LENGTH = 1000;
    public static final int MAX_RECIPIENTS = 20;

    @Id
    @SequenceGenerator(name = "recognition_seq", sequenceName = "recognition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recognition_seq")
    private Long id;

    @Column(name = "giver_id", nullable = false, updatable = false)
    private Long giverId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recognition_recipient", joinColumns = @JoinColumn(name = "recognition_id"))
    @Column(name = "employee_id", nullable = false, updatable = false)
    private Set<Long> recipientIds = new LinkedHashSet<>();

    @Column(name = "value_code", nullable = false, updatable = false, length = 40)
    private String valueCode;

    @Column(name = "message", nullable = false, updatable = false, length = MESSAGE_LENGTH)
    private String message;

    @Column(name = "points_each", nullable = false, updatable = false)
    private int pointsEach;

    @Column(name = "public_feed", nullable = false, updatable = false)
    private boolean publicFeed;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = PointsTransfer.KEY_LENGTH)
    private String idempotencyKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    protected Recognition() {
        // for JPA
    }

    public Recognition(
            String idempotencyKey,
            long giverId,
            Set<Long> recipientIds,
            String valueCode,
            String message,
            int pointsEach,
            boolean publicFeed,
            Instant createdAt) {
        if (recipientIds.isEmpty() || recipientIds.contains(giverId)) {
            throw new IllegalArgumentException("recognition goes to others");
        }
        this.idempotencyKey = idempotencyKey;
        this.giverId = giverId;
        this.recipientIds.addAll(recipientIds);
        this.valueCode = valueCode;
        this.message = message;
        this.pointsEach = pointsEach;
        this.publicFeed = publicFeed;
        this.createdAt = createdAt;
    }

    /** Whether a recognition found under a key is the one a retried request asks for. */
    public boolean sameAs(long giver, Set<Long> recipients, String value, int points) {
        return giverId == giver && recipientIds.equals(recipients) && valueCode.equals(value) && pointsEach == points;
    }

    /** HR hid it from the feed after a report; nothing else of it changes. */
    public void hide(Instant at) {
        if (hiddenAt == null) {
            hiddenAt = at;
        }
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public Long getId() {
        return id;
    }

    public Long getGiverId() {
        return giverId;
    }

    public Set<Long> getRecipientIds() {
        return Set.copyOf(recipientIds);
    }

    public String getValueCode() {
        return valueCode;
    }

    public String getMessage() {
        return message;
    }

    public int getPointsEach() {
        return pointsEach;
    }

    public boolean isPublicFeed() {
        return publicFeed;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
