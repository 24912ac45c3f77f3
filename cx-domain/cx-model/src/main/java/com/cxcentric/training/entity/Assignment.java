package com.cxcentric.training.entity;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A course revision a person has to take, and how far they got: the lessons done, the quiz
 * attempts used, the best score, the reaction they gave. Bulk assignment writes these rows with
 * SQL; everything after that goes through the methods here, which keep to {@link AssignmentStatus}.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends AuditedEntity {

    public static final int MESSAGE_LENGTH = 1000;
    public static final int COMMENT_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false, updatable = false)
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "course_code", nullable = false, length = Course.CODE_LENGTH, updatable = false)
    private String courseCode;

    @Column(name = "open_course_code", length = Course.CODE_LENGTH)
    private String openCourseCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 16, updatable = false)
    private AssignmentSource source;

    @Column(name = "assigned_by", nullable = false, length = 64, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    @Column(name = "message", length = MESSAGE_LENGTH)
    private String message;

    /** The segment rule that made this assignment; null for any other source. */
    @Column(name = "rule_id", updatable = false)
    private Long ruleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AssignmentStatus status = AssignmentStatus.ASSIGNED;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "attempts_used", nullable = false)
    private int attemptsUsed;

    @Column(name = "extra_attempts", nullable = false)
    private int extraAttempts;

    @Column(name = "best_score_percent")
    private Integer bestScorePercent;

    @Column(name = "reaction_relevance")
    private Integer reactionRelevance;

    @Column(name = "reaction_usefulness")
    private Integer reactionUsefulness;

    @Column(name = "reaction_comment", length = COMMENT_LENGTH)
    private String reactionComment;

    @Column(name = "reacted_at")
    private Instant reactedAt;

    @ElementCollection
    @CollectionTable(name = "assignment_lesson", joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "lesson_id")
    private Set<Long> lessonsDone = new HashSet<>();

    protected Assignment() {
        // for JPA
    }

    /** A single assignment; bulk assignment writes the same columns with SQL. */
    public Assignment(
            Employee employee,
            Course course,
            AssignmentSource source,
            String assignedBy,
            Instant assignedAt,
            LocalDate dueOn,
            boolean mandatory,
            String message) {
        this.employee = Objects.requireNonNull(employee, "employee");
        this.course = Objects.requireNonNull(course, "course");
        this.courseCode = course.getCode();
        this.openCourseCode = courseCode;
        this.source = Objects.requireNonNull(source, "source");
        this.assignedBy = Objects.requireNonNull(assignedBy, "assignedBy");
        this.assignedAt = Objects.requireNonNull(assignedAt, "assignedAt");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.mandatory = mandatory;
        this.message = message;
    }

    /**
     * A course completed in an earlier learning system, as HR imported it: completed on its day
     * (the start of that day in {@code zone}) with its score, "assigned by" that system's name.
     */
    public static Assignment imported(
            Employee employee, Course course, LocalDate completedOn, Integer score, String system, ZoneId zone) {
        Instant at = completedOn.atStartOfDay(zone).toInstant();
        Assignment assignment =
                new Assignment(employee, course, AssignmentSource.IMPORTED, system, at, completedOn, false, null);
        assignment.status = AssignmentStatus.COMPLETED;
        assignment.startedAt = at;
        assignment.completedAt = at;
        assignment.openCourseCode = null;
        assignment.bestScorePercent = score;
        return assignment;
    }

    /** Records a lesson as done; the first one starts the course. */
    public void completeLesson(Long lessonId, Instant now) {
        requireOpen();
        start(now);
        lessonsDone.add(lessonId);
    }

    /** Whether every lesson of the course is done, which the quiz waits for. */
    public boolean allLessonsDone() {
        return course.getLessons().stream().allMatch(l -> lessonsDone.contains(l.getId()));
    }

    /** The first lesson not done yet: where the person resumes; null when all are done. */
    public Lesson resumeLesson() {
        return course.getLessons().stream()
                .filter(l -> !lessonsDone.contains(l.getId()))
                .findFirst()
                .orElse(null);
    }

    public int attemptsLeft() {
        return course.getAttemptLimit() + extraAttempts - attemptsUsed;
    }

    /** Whether the person may start a quiz attempt now. */
    public boolean canTakeQuiz() {
        return status == AssignmentStatus.IN_PROGRESS && allLessonsDone() && attemptsLeft() > 0;
    }

    /**
     * Records a submitted attempt: a pass completes the course, a fail with no attempts left fails it.
     *
     * @throws RuleViolationException when the quiz cannot be taken now
     */
    public void recordAttempt(int scorePercent, Instant now) {
        if (!canTakeQuiz()) {
            throw new RuleViolationException(
                    null, "error.training.noAttempt", "No quiz attempt possible for assignment " + id);
        }
        attemptsUsed++;
        bestScorePercent = bestScorePercent == null ? scorePercent : Math.max(bestScorePercent, scorePercent);
        if (scorePercent >= course.getPassMarkPercent()) {
            moveTo(AssignmentStatus.COMPLETED);
            completedAt = now;
            openCourseCode = null;
        } else if (attemptsLeft() == 0) {
            moveTo(AssignmentStatus.FAILED);
        }
    }

    /** HR or the team lead gives a person who failed one more attempt. */
    public void grantAttempt() {
        if (status != AssignmentStatus.FAILED) {
            throw new ConflictException(
                    null, "error.training.notFailed", "Assignment " + id + " has not failed", String.valueOf(id));
        }
        extraAttempts++;
        moveTo(AssignmentStatus.IN_PROGRESS);
    }

    /** Closes an open assignment without deleting it, when its person leaves; no-op when closed. */
    public void cancel(Instant now) {
        if (!status.isOpen()) {
            return;
        }
        moveTo(AssignmentStatus.CANCELLED);
        cancelledAt = now;
        openCourseCode = null;
    }

    /** The reaction survey (Kirkpatrick level 1) after a completed course. */
    public void react(int relevance, int usefulness, String comment, Instant now) {
        if (status != AssignmentStatus.COMPLETED) {
            throw new ConflictException(
                    null,
                    "error.training.reactionBeforeCompletion",
                    "Assignment " + id + " is not completed",
                    String.valueOf(id));
        }
        for (int score : new int[] {relevance, usefulness}) {
            if (score < 1 || score > 5) {
                throw new RuleViolationException(
                        "relevance", "error.training.reactionScale", "Reaction scores are 1 to 5, not " + score, score);
            }
        }
        reactionRelevance = relevance;
        reactionUsefulness = usefulness;
        reactionComment = comment == null || comment.isBlank() ? null : comment.strip();
        reactedAt = now;
    }

    /** The state shown on {@code today}. */
    public TrainingState stateOn(LocalDate today) {
        return TrainingState.of(status, dueOn, today);
    }

    private void start(Instant now) {
        if (status == AssignmentStatus.ASSIGNED) {
            moveTo(AssignmentStatus.IN_PROGRESS);
            startedAt = now;
        }
    }

    private void requireOpen() {
        if (status != AssignmentStatus.ASSIGNED && status != AssignmentStatus.IN_PROGRESS) {
            throw new ConflictException(
                    null, "error.training.closed", "Assignment " + id + " is " + status, String.valueOf(id));
        }
    }

    private void moveTo(AssignmentStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("Assignment " + id + " cannot go from " + status + " to " + next);
        }
        status = next;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Course getCourse() {
        return course;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public AssignmentSource getSource() {
        return source;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public String getMessage() {
        return message;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public int getAttemptsUsed() {
        return attemptsUsed;
    }

    public Integer getBestScorePercent() {
        return bestScorePercent;
    }

    public Integer getReactionRelevance() {
        return reactionRelevance;
    }

    public Integer getReactionUsefulness() {
        return reactionUsefulness;
    }

    public String getReactionComment() {
        return reactionComment;
    }

    public Instant getReactedAt() {
        return reactedAt;
    }

    public boolean isReacted() {
        return reactedAt != null;
    }

    public Set<Long> getLessonsDone() {
        return Collections.unmodifiableSet(lessonsDone);
    }
}
