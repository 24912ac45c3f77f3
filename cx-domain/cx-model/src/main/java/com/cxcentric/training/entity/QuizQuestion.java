package com.cxcentric.training.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A question of a course's bank. Each attempt draws some of them, so that retakes differ. */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion {

    public static final int PROMPT_LENGTH = 1000;
    public static final int SCENARIO_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "quiz_question_seq", sequenceName = "quiz_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_question_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "question_no", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private QuestionKind kind;

    @Column(name = "scenario", length = SCENARIO_LENGTH)
    private String scenario;

    @Column(name = "prompt", nullable = false, length = PROMPT_LENGTH)
    private String prompt;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<QuizOption> options = new ArrayList<>();

    protected QuizQuestion() {
        // for JPA
    }

    QuizQuestion(Course course, int number, QuestionKind kind, String scenario, String prompt) {
        this.course = course;
        this.number = number;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.scenario = scenario;
        this.prompt = Objects.requireNonNull(prompt, "prompt");
    }

    /** Adds the next option. */
    public QuizQuestion option(String label, boolean correct, String explanation) {
        options.add(new QuizOption(this, options.size() + 1, label, correct, explanation));
        return this;
    }

    /** The question as HR wrote it. */
    public QuestionText text() {
        return new QuestionText(
                kind,
                scenario,
                prompt,
                options.stream()
                        .map(o -> new QuestionText.OptionText(o.getLabel(), o.isCorrect(), o.getExplanation()))
                        .toList());
    }

    /**
     * Takes over a text: the options are rewritten in place, added or removed at the end, so option
     * numbers stay unique while the changes are written.
     */
    void revise(QuestionText text) {
        this.kind = Objects.requireNonNull(text.kind(), "kind");
        this.scenario = text.scenario();
        this.prompt = Objects.requireNonNull(text.prompt(), "prompt");
        List<QuestionText.OptionText> wanted = text.options();
        for (int i = 0; i < wanted.size(); i++) {
            QuestionText.OptionText option = wanted.get(i);
            if (i < options.size()) {
                options.get(i)
                        .revise(
                                option.label().strip(),
                                option.correct(),
                                option.explanation().strip());
            } else {
                option(
                        option.label().strip(),
                        option.correct(),
                        option.explanation().strip());
            }
        }
        while (options.size() > wanted.size()) {
            options.remove(options.size() - 1);
        }
    }

    /**
     * Whether the options make a question one can answer: at least two, at least one right, and
     * exactly one right unless several may be chosen. Returns the problem, or null.
     */
    public String problem() {
        long right = options.stream().filter(QuizOption::isCorrect).count();
        if (options.size() < 2) {
            return "needs at least two options";
        }
        if (right == 0) {
            return "has no right option";
        }
        if (kind.singleAnswer() && right > 1) {
            return "has " + right + " right options but takes one answer";
        }
        return null;
    }

    /** Whether exactly the right options were chosen, no more and no fewer. */
    public boolean isAnsweredBy(Set<Long> chosenOptionIds) {
        Set<Long> right = options.stream()
                .filter(QuizOption::isCorrect)
                .map(QuizOption::getId)
                .collect(Collectors.toSet());
        return right.equals(chosenOptionIds);
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getNumber() {
        return number;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getScenario() {
        return scenario;
    }

    public String getPrompt() {
        return prompt;
    }

    public List<QuizOption> getOptions() {
        return Collections.unmodifiableList(options);
    }
}
