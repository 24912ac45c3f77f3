package com.cxcentric.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** One answer a question offers, right or wrong, with why: the explanation is shown after the quiz. */
@Entity
@Table(name = "quiz_option")
public class QuizOption {

    public static final int LABEL_LENGTH = 500;
    public static final int EXPLANATION_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "quiz_option_seq", sequenceName = "quiz_option_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_option_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private QuizQuestion question;

    @Column(name = "option_no", nullable = false)
    private int number;

    @Column(name = "label", nullable = false, length = LABEL_LENGTH)
    private String label;

    @Column(name = "correct", nullable = false)
    private boolean correct;

    @Column(name = "explanation", nullable = false, length = EXPLANATION_LENGTH)
    private String explanation;

    protected QuizOption() {
        // for JPA
    }

    QuizOption(QuizQuestion question, int number, String label, boolean correct, String explanation) {
        this.question = question;
        this.number = number;
        this.label = Objects.requireNonNull(label, "label");
        this.correct = correct;
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    void revise(String newLabel, boolean nowCorrect, String newExplanation) {
        this.label = Objects.requireNonNull(newLabel, "label");
        this.correct = nowCorrect;
        this.explanation = Objects.requireNonNull(newExplanation, "explanation");
    }

    public Long getId() {
        return id;
    }

    public QuizQuestion getQuestion() {
        return question;
    }

    public int getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public boolean isCorrect() {
        return correct;
    }

    public String getExplanation() {
        return explanation;
    }
}
