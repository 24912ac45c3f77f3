package com.cxcentric.notification.entity;

import com.cxcentric.organization.entity.Employee;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One message to one person, optionally copied to their team lead. Rows are written set-based by
 * {@link com.cxcentric.notification.control.NotificationWriter}; after that only the read mark and
 * the mail delivery change.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MAIL_ERROR_LENGTH = 500;

    /** Attempts before a message is given up as FAILED. */
    public static final int MAX_MAIL_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false, updatable = false)
    private Employee recipient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cc_employee_id", updatable = false)
    private Employee copyTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32, updatable = false)
    private NotificationKind kind;

    @Column(name = "dedupe_key", nullable = false, length = 120, updatable = false)
    private String dedupeKey;

    @Column(name = "assignment_id", updatable = false)
    private Long assignmentId;

    /** What the message is about, as it was named when it was written (a course title). */
    @Column(name = "subject_title", nullable = false, length = 200, updatable = false)
    private String subjectTitle;

    /** The day that matters: the due date, or the day a certification expires. */
    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_status", nullable = false, length = 16)
    private MailStatus mailStatus;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Column(name = "mail_error", length = MAIL_ERROR_LENGTH)
    private String mailError;

    protected Notification() {
        // for JPA
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void mailed(Instant now) {
        mailStatus = MailStatus.SENT;
        mailedAt = now;
        mailAttempts++;
        mailError = null;
    }

    /** A failed attempt; after the last one the message stays in the portal only, marked FAILED. */
    public void mailFailed(String error) {
        mailAttempts++;
        mailError = error == null ? null : error.substring(0, Math.min(error.length(), MAIL_ERROR_LENGTH));
        if (mailAttempts >= MAX_MAIL_ATTEMPTS) {
            mailStatus = MailStatus.FAILED;
        }
    }

    public void notMailed(MailStatus why) {
        mailStatus = why;
    }

    public Long getId() {
        return id;
    }

    public Employee getRecipient() {
        return recipient;
    }

    public Employee getCopyTo() {
        return copyTo;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public String getSubjectTitle() {
        return subjectTitle;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public MailStatus getMailStatus() {
        return mailStatus;
    }

    public int getMailAttempts() {
        return mailAttempts;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }

    public String getMailError() {
        return mailError;
    }
}
