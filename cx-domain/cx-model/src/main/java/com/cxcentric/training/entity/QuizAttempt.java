package com.cxcentric.training.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One go at a course's quiz: the questions drawn, in the order shown, then the answers and score. */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(
        name = QuizAttempt.FIND_BY_ASSIGNMENT,
        query = "SELECT a FROM QuizAttempt a WHERE a.assignment = :assignment ORDER BY a.number DESC")
public class QuizAttempt {

    public static final String FIND_BY_ASSIGNMENT = "QuizAttempt.findByAssignment";

    @Id
    @SequenceGenerator(name = "quiz_attempt_seq", sequenceName = "quiz_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private Assignment assignment;

    @Column(name = "attempt_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "question_ids", nullable = false, length = 1000, updatable = false)
    private String questionIds;

    @Column(name = "score_percent")
    private Integer scorePercent;

    @Column(name = "passed")
    private Boolean passed;

    @ElementCollection
    @CollectionTable(name = "quiz_answer", joinColumns = @JoinColumn(name = "attempt_id"))
    private List<QuizAnswer> answers = new ArrayList<>();

    protected QuizAttempt() {
        // for JPA
    }

    public QuizAttempt(Assignment assignment, int number, List<Long> drawnQuestionIds, Instant startedAt) {
        this.assignment = Objects.requireNonNull(assignment, "assignment");
        this.number = number;
        this.questionIds = drawnQuestionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    /** Stores the graded answers and the score, once. */
    public void submit(List<QuizAnswer> graded, int percent, boolean pass, Instant now) {
        if (submittedAt != null) {
            throw new IllegalStateException("Attempt " + id + " was already submitted");
        }
        answers.addAll(graded);
        scorePercent = percent;
        passed = pass;
        submittedAt = now;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public int getNumber() {
        return number;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** The drawn questions' ids in the order they are shown. */
    public List<Long> getQuestionIds() {
        return Arrays.stream(questionIds.split(",")).map(Long::valueOf).toList();
    }

    public Integer getScorePercent() {
        return scorePercent;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    public List<QuizAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
