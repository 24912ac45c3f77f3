package com.cxcentric.web.hr;

import com.cxcentric.outcomes.boundary.ServiceCatalog;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.training.boundary.CompetencyCatalog;
import com.cxcentric.training.boundary.CourseCatalog;
import com.cxcentric.training.boundary.TrainingAssignments;
import com.cxcentric.training.entity.Competency;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.CourseStatus;
import com.cxcentric.training.entity.LessonAttachment;
import com.cxcentric.training.entity.OutcomeMetric;
import com.cxcentric.training.entity.QuestionKind;
import com.cxcentric.training.entity.QuestionText;
import com.cxcentric.training.entity.QuizQuestion;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * /hr/course-edit.xhtml?code=…: the draft of a course's next revision. HR sets its description,
 * rules and tags, writes its lessons in the editor (the HTML is sanitised by the boundary), adds
 * files to them, writes and removes quiz questions, and publishes it. A course without a draft
 * shows how to start one from the catalog; nothing is changed by opening the page.
 */
@Named
@ViewScoped
public class CourseEditorBacking implements Serializable {

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

    private String code;
    private String draftCode;
    private String title;
    private int revision;
    private List<Competency> competencies = List.of();
    private List<TrainingAssignments.Choice> segments = List.of();
    private List<ServiceCatalog.StandardView> standards = List.of();
    private List<LessonForm> lessons = List.of();
    private int storedLessons;
    private Map<Long, List<LessonAttachment.Info>> files = Map.of();
    private List<QuestionText> questions = List.of();
    private CourseSettingsForm settings;
    private QuestionForm question;

    /** Loads the draft the address names, with the lists its forms choose from. */
    public void load() {
        if (draftCode != null || code == null || code.isBlank()) {
            return;
        }
        try {
            Course latest = catalog.latest(code.strip());
            if (latest.getStatus() != CourseStatus.DRAFT) {
                title = latest.getTitle();
                return;
            }
            competencies = competencyCatalog.listAll();
            segments = assignments.assignableSegments();
            standards = serviceCatalog.standards();
            show(latest);
        } catch (BusinessException unknown) {
            messages.error(unknown);
        }
    }

    /** The draft again after a change. */
    private void reload() {
        show(catalog.latest(draftCode));
    }

    private void show(Course draft) {
        draftCode = draft.getCode();
        title = draft.getTitle();
        revision = draft.getRevision();
        lessons =
                new ArrayList<>(draft.getLessons().stream().map(LessonForm::new).toList());
        storedLessons = lessons.size();
        files = catalog.files(draftCode);
        questions = draft.getQuestions().stream().map(QuizQuestion::text).toList();
        settings = new CourseSettingsForm(draft);
        question = null;
    }

    public void saveSettings() {
        try {
            catalog.describe(draftCode, settings.toSettings());
            reload();
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
            reload();
            messages.info("courses.lessonRemoved", lesson.number);
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
            reload();
            messages.info("courses.saved");
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
            reload();
            messages.info("courses.questionSaved", number == null ? questions.size() : number);
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void removeQuestion(int number) {
        try {
            catalog.removeQuestion(draftCode, number);
            reload();
            messages.info("courses.questionRemoved", number);
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** Publishes the draft and goes back to the catalog, which says so. */
    public void publish() throws IOException {
        try {
            Course published = catalog.publish(draftCode);
            messages.info("courses.published", draftCode, published.getRevision());
            messages.redirectWithMessages("/hr/courses.xhtml");
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDraftCode() {
        return draftCode;
    }

    public String getTitle() {
        return title;
    }

    public int getRevision() {
        return revision;
    }

    public List<LessonForm> getLessons() {
        return lessons;
    }

    public List<QuestionText> getQuestions() {
        return questions;
    }

    public CourseSettingsForm getSettings() {
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
}
