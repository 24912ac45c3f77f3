package com.cxcentric.training.entity;

import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One revision of a course: what it teaches (competencies, standards), what it should move (outcome
 * metrics), for whom (segments), its lessons in order and its question bank. Only a draft changes;
 * a published revision is what people take and is never edited, so {@link #nextRevision()} copies
 * it into a new draft, and everyone keeps the revision they were assigned.
 */
@Entity
@Table(name = "course")
@NamedQuery(
        name = Course.FIND_CURRENT,
        query = "SELECT c FROM Course c WHERE c.revision = (SELECT MAX(o.revision) FROM Course o WHERE o.code = c.code)"
                + " ORDER BY c.title")
@NamedQuery(name = Course.FIND_BY_CODE, query = "SELECT c FROM Course c WHERE c.code = :code ORDER BY c.revision DESC")
@NamedQuery(
        name = Course.FIND_PUBLISHED_BY_CODE,
        query =
                "SELECT c FROM Course c WHERE c.code = :code AND c.status = com.cxcentric.training.entity.CourseStatus.PUBLISHED")
public class Course extends AuditedEntity {

    public static final String FIND_CURRENT = "Course.findCurrent";
    public static final String FIND_BY_CODE = "Course.findByCode";
    public static final String FIND_PUBLISHED_BY_CODE = "Course.findPublishedByCode";
    public static final int CODE_LENGTH = 40;
    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    private Long id;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*")
    @Column(name = "code", nullable = false, length = CODE_LENGTH, updatable = false)
    private String code;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CourseStatus status = CourseStatus.DRAFT;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = SUMMARY_LENGTH)
    @Column(name = "summary", nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Min(1)
    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Min(1)
    @Column(name = "validity_months")
    private Integer validityMonths;

    @Min(1)
    @Max(100)
    @Column(name = "pass_mark_percent", nullable = false)
    private int passMarkPercent;

    @Min(1)
    @Column(name = "attempt_limit", nullable = false)
    private int attemptLimit;

    @Min(1)
    @Column(name = "questions_per_attempt", nullable = false)
    private int questionsPerAttempt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @ElementCollection
    @CollectionTable(name = "course_language", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "language", length = 8)
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "course_competency", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "competency_code", length = 40)
    private Set<String> competencies = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "course_metric", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "metric", length = 32)
    private Set<String> metrics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "course_standard", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "standard_code", length = 40)
    private Set<String> standards = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "course_segment", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "segment_id")
    private Set<Long> segments = new LinkedHashSet<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Lesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<QuizQuestion> questions = new ArrayList<>();

    protected Course() {
        // for JPA
    }

    /** A first draft. */
    public Course(String code, String title, String summary) {
        this.code = Objects.requireNonNull(code, "code");
        this.revision = 1;
        describe(title, summary);
    }

    /** Title and summary. Drafts only. */
    public final void describe(String newTitle, String newSummary) {
        requireDraft();
        this.title = Objects.requireNonNull(newTitle, "title");
        this.summary = Objects.requireNonNull(newSummary, "summary");
    }

    /**
     * Length, expiry and quiz rules. Drafts only.
     *
     * @throws RuleViolationException naming the value out of range: minutes 1 to 1,000, validity 1 to
     *     120 months (or none), pass mark 1 to 100 %, 1 to 10 attempts, 1 to 50 questions an attempt
     */
    public void setRules(int minutes, Integer monthsValid, int passMark, int attempts, int questionsEachAttempt) {
        requireDraft();
        inRange("estimatedMinutes", minutes, 1, 1000);
        if (monthsValid != null) {
            inRange("validityMonths", monthsValid, 1, 120);
        }
        inRange("passMarkPercent", passMark, 1, 100);
        inRange("attemptLimit", attempts, 1, 10);
        inRange("questionsPerAttempt", questionsEachAttempt, 1, 50);
        this.estimatedMinutes = minutes;
        this.validityMonths = monthsValid;
        this.passMarkPercent = passMark;
        this.attemptLimit = attempts;
        this.questionsPerAttempt = questionsEachAttempt;
    }

    /** Languages, competencies, outcome metrics, service standards and target segments. Drafts only. */
    public void tag(
            Collection<String> newLanguages,
            Collection<String> competencyCodes,
            Collection<String> metricNames,
            Collection<String> standardCodes,
            Collection<Long> segmentIds) {
        requireDraft();
        replace(languages, newLanguages);
        replace(competencies, competencyCodes);
        replace(metrics, metricNames);
        replace(standards, standardCodes);
        replace(segments, segmentIds);
    }

    /** Adds the next lesson; its body must already be sanitised HTML. Drafts only. */
    public Lesson addLesson(String lessonTitle, String sanitisedHtml, String videoUrl, String practiceScenario) {
        requireDraft();
        Lesson lesson = new Lesson(this, lessons.size() + 1, lessonTitle, sanitisedHtml, videoUrl, practiceScenario);
        lessons.add(lesson);
        return lesson;
    }

    /** Adds the next question to the bank; add its options to the result. Drafts only. */
    public QuizQuestion addQuestion(QuestionKind kind, String scenario, String prompt) {
        requireDraft();
        QuizQuestion question = new QuizQuestion(this, questions.size() + 1, kind, scenario, prompt);
        questions.add(question);
        return question;
    }

    /** Rewrites lesson {@code number} (1-based); its body must already be sanitised HTML. Drafts only. */
    public void reviseLesson(int number, String lessonTitle, String sanitisedHtml, String videoUrl, String practice) {
        requireDraft();
        lessons.get(number - 1).revise(lessonTitle, sanitisedHtml, videoUrl, practice);
    }

    /** Removes lesson {@code number} (1-based); the lessons after it move up one place. Drafts only. */
    public void removeLesson(int number) {
        requireDraft();
        requireNumber("lesson", number, lessons.size());
        // Each later lesson's content moves into the place before it and the last row goes, so no
        // two rows ever hold the same number, whatever order the changes are written in.
        for (int i = number; i < lessons.size(); i++) {
            Lesson next = lessons.get(i);
            lessons.get(i - 1)
                    .revise(next.getTitle(), next.getBodyHtml(), next.getVideoUrl(), next.getPracticeScenario());
        }
        lessons.remove(lessons.size() - 1);
    }

    /** Adds a question to the bank from a validated text. Drafts only. */
    public QuizQuestion addQuestion(QuestionText text) {
        text.validate();
        QuizQuestion question = addQuestion(text.kind(), text.scenario(), text.prompt());
        text.options()
                .forEach(o -> question.option(
                        o.label().strip(), o.correct(), o.explanation().strip()));
        return question;
    }

    /** Rewrites question {@code number} (1-based) from a validated text. Drafts only. */
    public void reviseQuestion(int number, QuestionText text) {
        requireDraft();
        requireNumber("question", number, questions.size());
        text.validate();
        questions.get(number - 1).revise(text);
    }

    /** Removes question {@code number} (1-based); the questions after it move up one place. Drafts only. */
    public void removeQuestion(int number) {
        requireDraft();
        requireNumber("question", number, questions.size());
        for (int i = number; i < questions.size(); i++) {
            questions.get(i - 1).revise(questions.get(i).text());
        }
        questions.remove(questions.size() - 1);
    }

    private static void inRange(String field, int value, int low, int high) {
        if (value < low || value > high) {
            throw new RuleViolationException(
                    field,
                    "error.course.range",
                    field + " must be " + low + " to " + high + ", was " + value,
                    field,
                    low,
                    high,
                    value);
        }
    }

    private void requireNumber(String what, int number, int count) {
        if (number < 1 || number > count) {
            throw new RuleViolationException(
                    what, "error.course.noSuch", code + " has no " + what + " " + number, what, number);
        }
    }

    /**
     * Makes the draft assignable.
     *
     * @throws RuleViolationException naming what is missing: lessons, enough questions, a question
     *     that cannot be answered
     */
    public void publish(Instant now) {
        requireDraft();
        if (lessons.isEmpty()) {
            throw new RuleViolationException("lessons", "error.course.noLessons", code + " has no lessons", code);
        }
        if (questions.size() < questionsPerAttempt) {
            throw new RuleViolationException(
                    "questions",
                    "error.course.fewQuestions",
                    code + " draws " + questionsPerAttempt + " questions but its bank has " + questions.size(),
                    code,
                    questionsPerAttempt,
                    questions.size());
        }
        for (QuizQuestion question : questions) {
            String problem = question.problem();
            if (problem != null) {
                throw new RuleViolationException(
                        "questions",
                        "error.course.badQuestion",
                        code + " question " + question.getNumber() + " " + problem,
                        code,
                        question.getNumber(),
                        problem);
            }
        }
        status = CourseStatus.PUBLISHED;
        publishedAt = now;
    }

    /** Takes the revision out of the catalog; certificates and past assignments stay. */
    public void retire(Instant now) {
        if (status == CourseStatus.RETIRED) {
            return;
        }
        status = CourseStatus.RETIRED;
        retiredAt = now;
    }

    /** A new draft with the same content and the next revision number; this revision is untouched. */
    public Course nextRevision() {
        Course next = new Course();
        next.code = code;
        next.revision = revision + 1;
        next.title = title;
        next.summary = summary;
        next.setRules(estimatedMinutes, validityMonths, passMarkPercent, attemptLimit, questionsPerAttempt);
        next.tag(languages, competencies, metrics, standards, segments);
        for (Lesson lesson : lessons) {
            next.addLesson(lesson.getTitle(), lesson.getBodyHtml(), lesson.getVideoUrl(), lesson.getPracticeScenario());
        }
        for (QuizQuestion question : questions) {
            QuizQuestion copy = next.addQuestion(question.getKind(), question.getScenario(), question.getPrompt());
            question.getOptions().forEach(o -> copy.option(o.getLabel(), o.isCorrect(), o.getExplanation()));
        }
        return next;
    }

    private void requireDraft() {
        if (status != CourseStatus.DRAFT) {
            throw new ConflictException(
                    null,
                    "error.course.notDraft",
                    code + " revision " + revision + " is " + status + " and cannot change; edit a new revision",
                    code,
                    revision);
        }
    }

    private static <T> void replace(Set<T> target, Collection<T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getRevision() {
        return revision;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public int getPassMarkPercent() {
        return passMarkPercent;
    }

    public int getAttemptLimit() {
        return attemptLimit;
    }

    public int getQuestionsPerAttempt() {
        return questionsPerAttempt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public Set<String> getLanguages() {
        return Collections.unmodifiableSet(languages);
    }

    public Set<String> getCompetencies() {
        return Collections.unmodifiableSet(competencies);
    }

    public Set<String> getMetrics() {
        return Collections.unmodifiableSet(metrics);
    }

    public Set<String> getStandards() {
        return Collections.unmodifiableSet(standards);
    }

    public Set<Long> getSegments() {
        return Collections.unmodifiableSet(segments);
    }

    public List<Lesson> getLessons() {
        return Collections.unmodifiableList(lessons);
    }

    public List<QuizQuestion> getQuestions() {
        return Collections.unmodifiableList(questions);
    }
}
