package com.cxcentric.vision.entity;

import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A department's self-assessment of one quarter: an answer from 1 to 5 to every question. Each
 * competency scores the mean of its answers, the department the mean of all of them, and its stage
 * follows from that ({@link MaturityStage#of}). Assessing the quarter again replaces the answers.
 */
@Entity
@Table(name = "maturity_assessment")
public class MaturityAssessment extends AuditedEntity {

    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

    @Id
    @SequenceGenerator(name = "maturity_assessment_seq", sequenceName = "maturity_assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maturity_assessment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false, updatable = false)
    private OrgUnit department;

    @Column(name = "quarter", nullable = false, updatable = false, length = 7)
    private String quarter;

    @Column(name = "assessed_by", nullable = false, length = 64)
    private String assessedBy;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "maturity_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "question", length = 16)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score", nullable = false)
    private Map<MaturityQuestion, Integer> answers = new EnumMap<>(MaturityQuestion.class);

    protected MaturityAssessment() {}

    /**
     * @throws RuleViolationException for a quarter not written as 2026-Q4
     */
    public MaturityAssessment(OrgUnit department, String quarter) {
        this.department = Objects.requireNonNull(department, "department");
        if (quarter == null || !QUARTER.matcher(quarter).matches()) {
            throw new RuleViolationException(
                    "quarter", "error.maturity.quarter", "A quarter is written as 2026-Q4", String.valueOf(quarter));
        }
        this.quarter = quarter;
    }

    /** The quarter a day falls in, as 2026-Q4. */
    public static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * Replaces the answers.
     *
     * @throws RuleViolationException naming the first question missing or answered outside 1 to 5
     */
    public void answer(Map<MaturityQuestion, Integer> given, String by, LocalDate on) {
        Map<MaturityQuestion, Integer> checked = new EnumMap<>(MaturityQuestion.class);
        for (MaturityQuestion question : MaturityQuestion.values()) {
            Integer score = given == null ? null : given.get(question);
            if (score == null) {
                throw new RuleViolationException(
                        "answers." + question, "error.maturity.missing", "Answer " + question, question.name());
            }
            if (score < 1 || score > 5) {
                throw new RuleViolationException(
                        "answers." + question,
                        "error.maturity.score",
                        question + " is answered from 1 to 5, not " + score,
                        question.name(),
                        score);
            }
            checked.put(question, score);
        }
        answers.clear();
        answers.putAll(checked);
        assessedBy = Objects.requireNonNull(by, "by");
        assessedOn = Objects.requireNonNull(on, "on");
    }

    /** The mean answer of each competency, in the model's order. */
    public Map<MaturityQuestion.Competency, Double> competencies() {
        Map<MaturityQuestion.Competency, Double> means = new LinkedHashMap<>();
        for (MaturityQuestion.Competency competency : MaturityQuestion.Competency.values()) {
            means.put(
                    competency,
                    competency.questions().stream()
                            .mapToInt(answers::get)
                            .average()
                            .orElseThrow());
        }
        return means;
    }

    /** The mean of every answer, 1 to 5. */
    public double score() {
        return answers.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    public MaturityStage stage() {
        return MaturityStage.of(score());
    }

    @Override
    public Long getId() {
        return id;
    }

    public OrgUnit getDepartment() {
        return department;
    }

    public String getQuarter() {
        return quarter;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public Map<MaturityQuestion, Integer> getAnswers() {
        return Map.copyOf(answers);
    }
}
