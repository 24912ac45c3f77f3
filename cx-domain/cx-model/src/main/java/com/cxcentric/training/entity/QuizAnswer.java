package com.cxcentric.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The options a person chose for one question of an attempt, and whether that was right. */
@Embeddable
public class QuizAnswer {

    @Column(name = "question_id", nullable = false)
    private Long questionId;

    @Column(name = "chosen", nullable = false, length = 200)
    private String chosen;

    @Column(name = "correct", nullable = false)
    private boolean correct;

    protected QuizAnswer() {
        // for JPA
    }

    public QuizAnswer(Long questionId, Set<Long> chosenOptionIds, boolean correct) {
        this.questionId = Objects.requireNonNull(questionId, "questionId");
        this.chosen =
                new TreeSet<>(chosenOptionIds).stream().map(String::valueOf).collect(Collectors.joining(","));
        this.correct = correct;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public Set<Long> getChosenOptionIds() {
        return chosen.isEmpty()
                ? Set.of()
                : Arrays.stream(chosen.split(",")).map(Long::valueOf).collect(Collectors.toSet());
    }

    public boolean isCorrect() {
        return correct;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuizAnswer that
                && questionId.equals(that.questionId)
                && chosen.equals(that.chosen)
                && correct == that.correct;
    }

    @Override
    public int hashCode() {
        return Objects.hash(questionId, chosen, correct);
    }
}
