package com.cxcentric.outcomes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The receipt of one ingestion batch: who sent how many records from which source, and what became
 * of them. Its refused records are {@link FeedbackBatchRejection}s.
 */
@Entity
@Table(name = "feedback_batch")
@NamedQuery(
        name = FeedbackBatch.FIND_ALL,
        query = "SELECT b FROM FeedbackBatch b ORDER BY b.receivedAt DESC, b.id DESC")
@NamedQuery(name = FeedbackBatch.COUNT_ALL, query = "SELECT COUNT(b) FROM FeedbackBatch b")
public class FeedbackBatch {

    public static final String FIND_ALL = "FeedbackBatch.findAll";
    public static final String COUNT_ALL = "FeedbackBatch.countAll";
    public static final int SOURCE_LENGTH = 64;

    /** What a batch did with its records. */
    public record Counts(int records, int accepted, int updated, int duplicates, int unattributed, int rejected) {}

    @Id
    @SequenceGenerator(name = "feedback_batch_seq", sequenceName = "feedback_batch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_batch_seq")
    private Long id;

    @Column(name = "source", nullable = false, length = SOURCE_LENGTH)
    private String source;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "record_count", nullable = false)
    private int records;

    @Column(name = "accepted", nullable = false)
    private int accepted;

    @Column(name = "updated", nullable = false)
    private int updated;

    @Column(name = "duplicates", nullable = false)
    private int duplicates;

    @Column(name = "unattributed", nullable = false)
    private int unattributed;

    @Column(name = "rejected", nullable = false)
    private int rejected;

    @Column(name = "duration_ms", nullable = false)
    private long durationMillis;

    protected FeedbackBatch() {
        // for JPA
    }

    public FeedbackBatch(String source, String submittedBy, int records) {
        this.source = Objects.requireNonNull(source, "source");
        this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
        this.records = records;
        this.receivedAt = Instant.now();
    }

    public void complete(Counts counts, long millis) {
        this.accepted = counts.accepted();
        this.updated = counts.updated();
        this.duplicates = counts.duplicates();
        this.unattributed = counts.unattributed();
        this.rejected = counts.rejected();
        this.durationMillis = millis;
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Counts getCounts() {
        return new Counts(records, accepted, updated, duplicates, unattributed, rejected);
    }

    public long getDurationMillis() {
        return durationMillis;
    }
}
