package com.cxcentric.web.hr;

import com.cxcentric.outcomes.boundary.ServiceCatalog;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.training.boundary.CompetencyCatalog;
import com.cxcentric.training.boundary.CourseCatalog;
import com.cxcentric.training.boundary.TrainingAssignments;
import com.cxcentric.training.entity.Competency;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.Lesson;
import com.cxcentric.training.entity.LessonAttachment;
import com.cxcentric.training.entity.OutcomeMetric;
import com.cxcentric.training.entity.QuestionKind;
import com.cxcentric.training.entity.QuestionText;
import com.cxcentric.training.entity.QuizQuestion;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * /hr/courses.xhtml: the course catalog. HR starts a new course or the next revision of one (a
 * draft copy), sets its description, rules and tags, writes its lessons in the editor (the HTML is
 * sanitised by the boundary), adds, rewrites and removes lessons and quiz questions, and publishes
 * it, which retires the revision before; or retires a course.
 */
@Named
@ViewScoped
public class CoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseCatalog catalog;

    @Inject
    private FacesMessages messages;

    @Inject
    private CompetencyCatalog competencyCatalog;

    @Inject
    private TrainingAssignments assignments;

    @Inject
    private ServiceCatalog serviceCatalog;

    private List<CourseCatalog.CourseSummary> courses = List.of();
    private List<Competency> competencies = List.of();
    private List<TrainingAssignments.Choice> segments = List.of();
    private List<ServiceCatalog.StandardView> standards = List.of();
    private String draftCode;
    private List<LessonForm> lessons = List.of();
    private int storedLessons;
    private Map<Long, List<LessonAttachment.Info>> files = Map.of();
    private List<QuestionText> questions = List.of();
    private SettingsForm settings;
    private QuestionForm question;

    private String newCode;
    private String newTitle;
    private String newSummary;
    private String competencyCode;
    private String competencyName;
    private String competencyDescription;

    /** The draft's description, rules and tags as the form edits them. */
    public static final class SettingsForm implements Serializable {
        private static final long serialVersionUID = 1L;
        String title;
        String summary;
        int minutes;
        Integer validityMonths;
        int passMark;
        int attempts;
        int perAttempt;
        List<String> languages;
        List<String> competencies;
        List<String> metrics;
        List<String> standards;
        List<String> segments;

        SettingsForm(Course course) {
            title = course.getTitle();
            summary = course.getSummary();
            minutes = course.getEstimatedMinutes();
            validityMonths = course.getValidityMonths();
            passMark = course.getPassMarkPercent();
            attempts = course.getAttemptLimit();
            perAttempt = course.getQuestionsPerAttempt();
            languages = new ArrayList<>(course.getLanguages());
            competencies = new ArrayList<>(course.getCompetencies());
            metrics = new ArrayList<>(course.getMetrics());
            standards = new ArrayList<>(course.getStandards());
            segments = new ArrayList<>(
                    course.getSegments().stream().map(String::valueOf).toList());
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public int getMinutes() {
            return minutes;
        }

        public void setMinutes(int minutes) {
            this.minutes = minutes;
        }

        public Integer getValidityMonths() {
            return validityMonths;
        }

        public void setValidityMonths(Integer validityMonths) {
            this.validityMonths = validityMonths;
        }

        public int getPassMark() {
            return passMark;
        }

        public void setPassMark(int passMark) {
            this.passMark = passMark;
        }

        public int getAttempts() {
            return attempts;
        }

        public void setAttempts(int attempts) {
            this.attempts = attempts;
        }

        public int getPerAttempt() {
            return perAttempt;
        }

        public void setPerAttempt(int perAttempt) {
            this.perAttempt = perAttempt;
        }

        public List<String> getLanguages() {
            return languages;
        }

        public void setLanguages(List<String> languages) {
            this.languages = languages;
        }

        public List<String> getStandards() {
            return standards;
        }

        public void setStandards(List<String> standards) {
            this.standards = standards;
        }

        public List<String> getCompetencies() {
            return competencies;
        }

        public void setCompetencies(List<String> competencies) {
            this.competencies = competencies;
        }

        public List<String> getMetrics() {
            return metrics;
        }

        public void setMetrics(List<String> metrics) {
            this.metrics = metrics;
        }

        public List<String> getSegments() {
            return segments;
        }

        public void setSegments(List<String> segments) {
            this.segments = segments;
        }
    }

    /** A question being written: {@code number} null for a new one. */
    public static final class QuestionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        final Integer number;
        QuestionKind kind;
        String scenario;
        String prompt;
        final List<OptionForm> options = new ArrayList<>();

        QuestionForm(Integer number, QuestionText text) {
            this.number = number;
            this.kind = text.kind();
            this.scenario = text.scenario();
            this.prompt = text.prompt();
            text.options().forEach(o -> options.add(new OptionForm(o.label(), o.correct(), o.explanation())));
        }

        QuestionText text() {
            return new QuestionText(
                    kind,
                    scenario,
                    prompt,
                    options.stream()
                            .map(o -> new QuestionText.OptionText(o.label, o.correct, o.explanation))
                            .toList());
        }

        public Integer getNumber() {
            return number;
        }

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public String getScenario() {
            return scenario;
        }

        public void setScenario(String scenario) {
            this.scenario = scenario;
        }

        public String getPrompt() {
            return prompt;
        }

        public void setPrompt(String prompt) {
            this.prompt = prompt;
        }

        public List<OptionForm> getOptions() {
            return options;
        }
    }

    /** One option of the question being written. */
    public static final class OptionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        String label;
        boolean correct;
        String explanation;

        OptionForm(String label, boolean correct, String explanation) {
            this.label = label;
            this.correct = correct;
            this.explanation = explanation;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }

        public String getExplanation() {
            return explanation;
        }

        public void setExplanation(String explanation) {
            this.explanation = explanation;
        }
    }

    /** A lesson of the draft being edited. */
    public static final class LessonForm implements Serializable {
        private static final long serialVersionUID = 1L;
        int number;
        Long id;
        String title;
        String html;
        String videoUrl;
        String practice;

        LessonForm(Lesson lesson) {
            this.number = lesson.getNumber();
            this.id = lesson.getId();
            this.title = lesson.getTitle();
            this.html = lesson.getBodyHtml();
            this.videoUrl = lesson.getVideoUrl();
            this.practice = lesson.getPracticeScenario();
        }

        LessonForm(int number) {
            this.number = number;
            this.html = "";
        }

        public int getNumber() {
            return number;
        }

        /** The stored lesson's id; null for a lesson added in the form and not saved yet. */
        public Long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getHtml() {
            return html;
        }

        public void setHtml(String html) {
            this.html = html;
        }

        public String getVideoUrl() {
            return videoUrl;
        }

        public void setVideoUrl(String videoUrl) {
            this.videoUrl = videoUrl;
        }

        public String getPractice() {
            return practice;
        }

        public void setPractice(String practice) {
            this.practice = practice;
        }
    }

    @PostConstruct
    void load() {
        courses = catalog.catalog();
        competencies = competencyCatalog.listAll();
        segments = assignments.assignableSegments();
        standards = serviceCatalog.standards();
    }

    /** The catalog again after a change; the lists the forms choose from stay as loaded. */
    private void reloadCatalog() {
        courses = catalog.catalog();
    }

    /** Adds a competency of the company's own, which courses can then teach. */
    public void addCompetency() {
        try {
            var added = competencyCatalog.add(competencyCode, competencyName, competencyDescription);
            messages.info("courses.competencyAdded", added.getName(), added.getCode());
            competencyCode = null;
            competencyName = null;
            competencyDescription = null;
            competencies = competencyCatalog.listAll();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** Starts a new course as a draft and opens it in the editor. */
    public void create() {
        try {
            Course created = catalog.create(newCode, newTitle, newSummary);
            messages.info("courses.created", created.getCode());
            newCode = null;
            newTitle = null;
            newSummary = null;
            edit(created.getCode());
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** Starts (or reopens) the next revision of a course and shows it in the editor. */
    public void edit(String code) {
        try {
            Course draft = catalog.newRevision(code);
            draftCode = code;
            lessons = new ArrayList<>(
                    draft.getLessons().stream().map(LessonForm::new).toList());
            storedLessons = lessons.size();
            files = catalog.files(code);
            questions = draft.getQuestions().stream().map(QuizQuestion::text).toList();
            settings = new SettingsForm(draft);
            question = null;
            reloadCatalog();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void saveSettings() {
        try {
            catalog.describe(
                    draftCode,
                    new CourseCatalog.CourseSettings(
                            settings.title,
                            settings.summary,
                            settings.minutes,
                            settings.validityMonths,
                            settings.passMark,
                            settings.attempts,
                            settings.perAttempt,
                            settings.languages,
                            settings.competencies,
                            settings.metrics,
                            settings.standards,
                            settings.segments.stream().map(Long::valueOf).toList()));
            edit(draftCode);
            messages.info("courses.saved");
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** Adds an empty lesson at the end of the form; it is stored with "Save the lessons". */
    public void addLesson() {
        lessons.add(new LessonForm(lessons.size() + 1));
    }

    /** Removes a stored lesson from the draft at once, or drops one added in the form but not saved yet. */
    public void removeLesson(LessonForm lesson) {
        if (lesson.number > storedLessons) {
            lessons.remove(lesson);
            for (int i = 0; i < lessons.size(); i++) {
                lessons.get(i).number = i + 1;
            }
            return;
        }
        try {
            catalog.removeLesson(draftCode, lesson.number);
            edit(draftCode);
            messages.info("courses.lessonRemoved", lesson.number);
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** The files a stored lesson offers; none for a lesson not saved yet. */
    public List<LessonAttachment.Info> filesOf(LessonForm lesson) {
        return lesson.id == null ? List.of() : files.getOrDefault(lesson.id, List.of());
    }

    /** A file uploaded for the lesson whose number the upload component carries. */
    public void upload(FileUploadEvent event) {
        int number = ((Number) event.getComponent().getAttributes().get("lesson")).intValue();
        UploadedFile file = event.getFile();
        try {
            var attached = catalog.attach(draftCode, number, file.getFileName(), file.getContent());
            files = catalog.files(draftCode);
            messages.info("courses.fileAdded", attached.fileName(), number);
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void detach(LessonAttachment.Info file) {
        try {
            catalog.detach(draftCode, file.id());
            files = catalog.files(draftCode);
            messages.info("courses.fileRemoved", file.fileName());
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** Opens the question editor on an empty question with three options. */
    public void newQuestion() {
        question = new QuestionForm(
                null,
                new QuestionText(
                        QuestionKind.SINGLE,
                        null,
                        null,
                        List.of(
                                new QuestionText.OptionText(null, true, null),
                                new QuestionText.OptionText(null, false, null),
                                new QuestionText.OptionText(null, false, null))));
    }

    public void editQuestion(int number) {
        question = new QuestionForm(number, questions.get(number - 1));
    }

    public void addOption() {
        question.options.add(new OptionForm(null, false, null));
    }

    public void removeOption(OptionForm option) {
        question.options.remove(option);
    }

    public void cancelQuestion() {
        question = null;
    }

    public void saveQuestion() {
        try {
            catalog.saveQuestion(draftCode, question.number, question.text());
            Integer number = question.number;
            edit(draftCode);
            messages.info("courses.questionSaved", number == null ? questions.size() : number);
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void removeQuestion(int number) {
        try {
            catalog.removeQuestion(draftCode, number);
            edit(draftCode);
            messages.info("courses.questionRemoved", number);
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void saveLessons() {
        try {
            catalog.reviseLessons(
                    draftCode,
                    lessons.stream()
                            .map(l -> new CourseCatalog.LessonText(l.title, l.html, l.videoUrl, l.practice))
                            .toList());
            edit(draftCode);
            messages.info("courses.saved");
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void publish(String code) {
        try {
            Course published = catalog.publish(code);
            messages.info("courses.published", code, published.getRevision());
            draftCode = null;
            lessons = List.of();
            questions = List.of();
            settings = null;
            question = null;
            reloadCatalog();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void retire(String code) {
        try {
            catalog.retire(code);
            messages.info("courses.retired", code);
            reloadCatalog();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public List<CourseCatalog.CourseSummary> getCourses() {
        return courses;
    }

    public String getDraftCode() {
        return draftCode;
    }

    public List<LessonForm> getLessons() {
        return lessons;
    }

    public List<QuestionText> getQuestions() {
        return questions;
    }

    public SettingsForm getSettings() {
        return settings;
    }

    public QuestionForm getQuestion() {
        return question;
    }

    public List<Competency> getCompetencies() {
        return competencies;
    }

    public List<TrainingAssignments.Choice> getSegments() {
        return segments;
    }

    public List<ServiceCatalog.StandardView> getStandards() {
        return standards;
    }

    public List<String> getLanguages() {
        return CourseCatalog.LANGUAGES;
    }

    public OutcomeMetric[] getMetrics() {
        return OutcomeMetric.values();
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public void setCompetencyCode(String competencyCode) {
        this.competencyCode = competencyCode;
    }

    public String getCompetencyName() {
        return competencyName;
    }

    public void setCompetencyName(String competencyName) {
        this.competencyName = competencyName;
    }

    public String getCompetencyDescription() {
        return competencyDescription;
    }

    public void setCompetencyDescription(String competencyDescription) {
        this.competencyDescription = competencyDescription;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewSummary() {
        return newSummary;
    }

    public void setNewSummary(String newSummary) {
        this.newSummary = newSummary;
    }
}
