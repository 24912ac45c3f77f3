package com.cxcentric.training.boundary;

import com.cxcentric.security.entity.Role;
import com.cxcentric.training.control.LessonFiles;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.CourseStatus;
import com.cxcentric.training.entity.Lesson;
import com.cxcentric.training.entity.LessonAttachment;
import com.cxcentric.training.entity.QuestionKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A course as HR reads it, whole and unchanged: what the catalog's "view" page shows. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class CourseViews {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private CourseCatalog catalog;

    @Inject
    private LessonFiles files;

    /** A course as HR reads it without changing it: its rules, its lessons with their files, its question bank. */
    public record CourseView(
            String code,
            int revision,
            CourseStatus status,
            String title,
            String summary,
            int estimatedMinutes,
            Integer validityMonths,
            int passMarkPercent,
            int attemptLimit,
            int questionsPerAttempt,
            List<String> competencies,
            List<LessonView> lessons,
            List<QuestionView> questions) {}

    /** A lesson: its text (sanitised HTML), video link, practice exercise and files. */
    public record LessonView(
            int number,
            String title,
            String html,
            String videoUrl,
            String practiceScenario,
            List<LessonAttachment.Info> files) {}

    /** A question of the bank with every option, which are right, and what learners are told. */
    public record QuestionView(
            int number, QuestionKind kind, String scenario, String prompt, List<OptionView> options) {}

    public record OptionView(String label, boolean correct, String explanation) {}

    /**
     * The revision new assignments get (the published one), or the latest when none is published:
     * read only, so that HR can check a course without starting a draft.
     */
    public CourseView view(String code) {
        Course course = em.createNamedQuery(Course.FIND_BY_CODE, Course.class)
                .setParameter("code", code)
                .getResultStream()
                .filter(c -> c.getStatus() == CourseStatus.PUBLISHED)
                .findFirst()
                .orElseGet(() -> catalog.latest(code));
        var filesByLesson =
                files.of(course.getLessons().stream().map(Lesson::getId).toList());
        return new CourseView(
                course.getCode(),
                course.getRevision(),
                course.getStatus(),
                course.getTitle(),
                course.getSummary(),
                course.getEstimatedMinutes(),
                course.getValidityMonths(),
                course.getPassMarkPercent(),
                course.getAttemptLimit(),
                course.getQuestionsPerAttempt(),
                course.getCompetencies().stream().sorted().toList(),
                course.getLessons().stream()
                        .map(l -> new LessonView(
                                l.getNumber(),
                                l.getTitle(),
                                l.getBodyHtml(),
                                l.getVideoUrl(),
                                l.getPracticeScenario(),
                                filesByLesson.getOrDefault(l.getId(), List.of())))
                        .toList(),
                course.getQuestions().stream()
                        .map(q -> new QuestionView(
                                q.getNumber(),
                                q.getKind(),
                                q.getScenario(),
                                q.getPrompt(),
                                q.getOptions().stream()
                                        .map(o -> new OptionView(o.getLabel(), o.isCorrect(), o.getExplanation()))
                                        .toList()))
                        .toList());
    }
}
