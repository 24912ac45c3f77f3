package com.cxcentric.training.entity;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A short quiz some days after someone passed a course (spaced reinforcement): a few questions from
 * the course's bank, drawn when the daily job schedules it, answered once. It does not change the
 * certification; its score shows what stuck.
 */
@Entity
@Table(name = "refresher")
public class Refresher {

    /** Days after passing at which refreshers are scheduled. */
    public static final List<Integer> OFFSETS = List.of(7, 30, 90);

    /** Questions in one refresher. */
    public static final int QUESTIONS = 3;

    @Id
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false, updatable = false)
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "offset_days", nullable = false, updatable = false)
    private int offsetDays;

    @Column(name = "available_on", nullable = false, updatable = false)
    private LocalDate availableOn;

    @Column(name = "question_ids", nullable = false, length = 400, updatable = false)
    private String questionIds;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "right_answers")
    private Integer rightAnswers;

    @Column(name = "score_percent")
    private Integer scorePercent;

    protected Refresher() {
        // for JPA; the daily job writes these rows with SQL
    }

    /** The questions drawn for this refresher, in the order they are asked. */
    public List<Long> questionIds() {
        return Arrays.stream(questionIds.split(",")).map(Long::valueOf).toList();
    }

    /** Records the answers' outcome, once. */
    public void answer(int right, Instant now) {
        if (answeredAt != null) {
            throw new ConflictException(
                    "refresher", "error.refresher.answered", "This refresher has already been answered");
        }
        List<Long> asked = questionIds();
        this.rightAnswers = right;
        this.scorePercent = QuizDraw.scorePercent(right, asked.size());
        this.answeredAt = now;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Course getCourse() {
        return course;
    }

    public int getOffsetDays() {
        return offsetDays;
    }

    public LocalDate getAvailableOn() {
        return availableOn;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Integer getRightAnswers() {
        return rightAnswers;
    }

    public Integer getScorePercent() {
        return scorePercent;
    }
}
