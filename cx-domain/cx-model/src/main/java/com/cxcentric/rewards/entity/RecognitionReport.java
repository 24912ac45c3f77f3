package com.cxcentric.rewards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A recognition reported for HR to review, by a colleague (one report each) or by the
 * share-of-allowance rule ({@code reporterId} null); HR keeps it or hides it, once.
 */
@Entity
@Table(name = "recognition_report")
public class RecognitionReport {

    public static final int TEXT_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "recognition_report_seq", sequenceName = "recognition_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recognition_report_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "recognition_id", nullable = false, updatable = false)
    private Long recognitionId;

    @Column(name = "reporter_id", updatable = false)
    private Long reporterId;

    @Column(name = "reason", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 8)
    private ReportStatus status = ReportStatus.OPEN;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "decision_note", length = TEXT_LENGTH)
    private String decisionNote;

    protected RecognitionReport() {
        // for JPA
    }

    public RecognitionReport(long recognitionId, Long reporterId, String reason, Instant at) {
        this.recognitionId = recognitionId;
        this.reporterId = reporterId;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** HR's decision; a decided report stays as it was decided. */
    public void decide(ReportStatus outcome, String by, String note, Instant at) {
        if (outcome == ReportStatus.OPEN) {
            throw new IllegalArgumentException("a decision keeps or hides");
        }
        if (status != ReportStatus.OPEN) {
            return;
        }
        this.status = outcome;
        this.decidedBy = Objects.requireNonNull(by, "by");
        this.decisionNote = note;
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Long getRecognitionId() {
        return recognitionId;
    }

    public Long getReporterId() {
        return reporterId;
    }

    public String getReason() {
        return reason;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
