package com.cxcentric.training.entity;

import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.entity.AuditedEntity;
import com.cxcentric.segmentation.entity.Segment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * "Members of segment S get course C within N days of joining it." The rule follows the course's
 * published revision of the day it assigns. Ending a rule stops it; it is never deleted, so the
 * assignments it made keep naming it.
 */
@Entity
@Table(name = "training_rule")
@NamedQuery(
        name = TrainingRule.FIND_ACTIVE_FOR_SEGMENT,
        query = "SELECT r FROM TrainingRule r WHERE r.segment.id = :segment AND r.endedAt IS NULL ORDER BY r.id")
@NamedQuery(
        name = TrainingRule.FIND_ALL,
        query =
                "SELECT r FROM TrainingRule r JOIN FETCH r.segment ORDER BY r.endedAt DESC, r.segment.name, r.courseCode")
public class TrainingRule extends AuditedEntity {

    public static final String FIND_ACTIVE_FOR_SEGMENT = "TrainingRule.findActiveForSegment";
    public static final String FIND_ALL = "TrainingRule.findAll";
    public static final int MAX_DAYS = 366;

    @Id
    @SequenceGenerator(name = "training_rule_seq", sequenceName = "training_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_rule_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "segment_id", nullable = false, updatable = false)
    private Segment segment;

    @Column(name = "course_code", nullable = false, length = Course.CODE_LENGTH, updatable = false)
    private String courseCode;

    @Column(name = "within_days", nullable = false, updatable = false)
    private int withinDays;

    @Column(name = "mandatory", nullable = false, updatable = false)
    private boolean mandatory;

    @Column(name = "message", length = Assignment.MESSAGE_LENGTH, updatable = false)
    private String message;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "active_key", length = 64)
    private String activeKey;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    protected TrainingRule() {
        // for JPA
    }

    /** @throws RuleViolationException when the number of days is outside 1 to 366 */
    public TrainingRule(
            Segment segment, String courseCode, int withinDays, boolean mandatory, String message, String createdBy) {
        if (withinDays < 1 || withinDays > MAX_DAYS) {
            throw new RuleViolationException(
                    "withinDays", "error.rule.days", "Days after joining must be 1 to 366", withinDays);
        }
        this.segment = Objects.requireNonNull(segment, "segment");
        this.courseCode = Objects.requireNonNull(courseCode, "courseCode");
        this.withinDays = withinDays;
        this.mandatory = mandatory;
        this.message = message;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.activeKey = segment.getId() + ":" + courseCode;
    }

    /**
     * The due date for someone who joined the segment on {@code joinedOn}: N days after joining, or
     * N days after {@code ruleStart} for people who were members before the rule existed (so that
     * nobody is overdue on the day a rule is created).
     */
    public LocalDate dueFor(LocalDate joinedOn, LocalDate ruleStart) {
        LocalDate clockStarts = joinedOn.isBefore(ruleStart) ? ruleStart : joinedOn;
        return clockStarts.plusDays(withinDays);
    }

    /** Stops the rule; assignments it made stay. */
    public void end(String by, Instant when) {
        if (endedAt != null) {
            throw new ConflictException("rule", "error.rule.ended", "The rule has already ended");
        }
        this.endedAt = Objects.requireNonNull(when, "when");
        this.endedBy = Objects.requireNonNull(by, "by");
        this.activeKey = null;
    }

    public boolean isActive() {
        return endedAt == null;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Segment getSegment() {
        return segment;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public int getWithinDays() {
        return withinDays;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public String getMessage() {
        return message;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }
}
