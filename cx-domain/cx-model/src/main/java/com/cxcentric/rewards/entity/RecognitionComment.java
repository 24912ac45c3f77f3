package com.cxcentric.rewards.entity;

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

/** A colleague's comment on a recognition, written once; its key makes a resent comment one. */
@Entity
@Table(name = "recognition_comment")
@NamedQuery(
        name = RecognitionComment.FIND_BY_KEY,
        query = "SELECT c FROM RecognitionComment c WHERE c.idempotencyKey = :key")
@NamedQuery(
        name = RecognitionComment.FIND_OF,
        query = "SELECT c FROM RecognitionComment c WHERE c.recognitionId = :recognition ORDER BY c.createdAt, c.id")
public class RecognitionComment {

    public static final String FIND_BY_KEY = "RecognitionComment.findByKey";
    public static final String FIND_OF = "RecognitionComment.findOf";
    public static final int BODY_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "recognition_comment_seq", sequenceName = "recognition_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recognition_comment_seq")
    private Long id;

    @Column(name = "recognition_id", nullable = false, updatable = false)
    private Long recognitionId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(name = "body", nullable = false, updatable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 120)
    private String idempotencyKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RecognitionComment() {
        // for JPA
    }

    public RecognitionComment(long recognitionId, long authorId, String body, String idempotencyKey, Instant at) {
        this.recognitionId = recognitionId;
        this.authorId = authorId;
        this.body = Objects.requireNonNull(body, "body");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Long getRecognitionId() {
        return recognitionId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
