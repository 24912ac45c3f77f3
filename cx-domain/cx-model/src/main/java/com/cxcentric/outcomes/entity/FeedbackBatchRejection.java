package com.cxcentric.outcomes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A record a batch refused, kept with the batch's receipt. */
@Entity
@Table(name = "feedback_batch_rejection")
@IdClass(FeedbackBatchRejection.Key.class)
@NamedQuery(
        name = FeedbackBatchRejection.FIND_BY_BATCH,
        query = "SELECT r FROM FeedbackBatchRejection r WHERE r.batchId = :batchId ORDER BY r.recordIndex")
public class FeedbackBatchRejection {

    public static final String FIND_BY_BATCH = "FeedbackBatchRejection.findByBatch";
    public static final int REASON_LENGTH = 500;

    /** The composite key: batch and position in it. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long batchId;
        private Integer recordIndex;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k
                    && Objects.equals(batchId, k.batchId)
                    && Objects.equals(recordIndex, k.recordIndex);
        }

        @Override
        public int hashCode() {
            return Objects.hash(batchId, recordIndex);
        }
    }

    @Id
    @Column(name = "batch_id")
    private Long batchId;

    @Id
    @Column(name = "record_index")
    private Integer recordIndex;

    @Column(name = "external_id", length = 128)
    private String externalId;

    @Column(name = "field", length = 64)
    private String field;

    @Column(name = "reason", nullable = false, length = REASON_LENGTH)
    private String reason;

    protected FeedbackBatchRejection() {
        // for JPA
    }

    public FeedbackBatchRejection(long batchId, FeedbackRejection rejection) {
        this.batchId = batchId;
        this.recordIndex = rejection.index();
        this.externalId =
                rejection.externalId() == null || rejection.externalId().length() <= 128
                        ? rejection.externalId()
                        : rejection.externalId().substring(0, 128);
        this.field = rejection.field() == null || rejection.field().length() <= 64
                ? rejection.field()
                : rejection.field().substring(0, 64);
        this.reason = rejection.reason().length() <= REASON_LENGTH
                ? rejection.reason()
                : rejection.reason().substring(0, REASON_LENGTH - 1) + "…";
    }

    public FeedbackRejection toRejection() {
        return new FeedbackRejection(recordIndex, externalId, field, reason);
    }
}
