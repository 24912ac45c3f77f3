package com.cxcentric.web.me;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.training.boundary.MyTraining;
import com.cxcentric.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * /me/course.xhtml?assignment=ID: one of my courses. Shows the lesson to resume (or the one
 * chosen), then the quiz once every lesson is done, then the result with the explanation of every
 * answer, the reaction survey and the certificate.
 */
@Named
@ViewScoped
public class CourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows. */
    public enum Mode {
        LESSON,
        QUIZ,
        RESULT
    }

    @Inject
    private MyTraining training;

    @Inject
    private FacesMessages messages;

    private Long assignment;
    private MyTraining.CourseView view;
    private Long lessonId;
    private Mode mode = Mode.LESSON;
    private MyTraining.QuizView quiz;
    private MyTraining.QuizResult result;
    private final Map<Long, Object> answers = new HashMap<>();
    private Integer relevance;
    private Integer usefulness;
    private String comment;

    /** The view action: loads the course and opens the lesson to resume. */
    public void load() {
        if (assignment == null) {
            return;
        }
        try {
            view = training.course(assignment);
            lessonId = view.resumeAt() == null ? firstLesson() : view.resumeAt();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void show(long lesson) {
        lessonId = lesson;
        mode = Mode.LESSON;
    }

    /** Marks the lesson done and moves on to the next one not done, or to the quiz. */
    public void completeLesson() {
        try {
            view = training.completeLesson(assignment, lessonId);
            if (view.resumeAt() == null) {
                lessonId = null;
                if (view.quizOpen()) {
                    startQuiz();
                }
            } else {
                lessonId = view.resumeAt();
            }
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void startQuiz() {
        try {
            quiz = training.startQuiz(assignment);
            answers.clear();
            result = null;
            mode = Mode.QUIZ;
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void submitQuiz() {
        Map<Long, Set<Long>> chosen = new HashMap<>();
        answers.forEach((question, value) -> chosen.put(question, optionIds(value)));
        try {
            result = training.submitQuiz(assignment, chosen);
            view = training.course(assignment);
            mode = Mode.RESULT;
            messages.info(result.passed() ? "course.quiz.passed" : "course.quiz.failed", result.scorePercent());
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void react() {
        if (relevance == null || usefulness == null) {
            messages.error("course.reaction.required");
            return;
        }
        try {
            training.react(assignment, relevance, usefulness, comment);
            view = training.course(assignment);
            messages.info("course.reaction.thanks");
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** The lesson on screen. */
    public MyTraining.LessonView getLesson() {
        if (view == null || lessonId == null) {
            return null;
        }
        return view.lessons().stream()
                .filter(l -> l.id() == lessonId)
                .findFirst()
                .orElse(null);
    }

    private Long firstLesson() {
        return view.lessons().isEmpty() ? null : view.lessons().get(0).id();
    }

    static Set<Long> optionIds(Object value) {
        Set<Long> ids = new HashSet<>();
        Collection<?> values = value instanceof Object[] array
                ? Arrays.asList(array)
                : value instanceof Collection<?> collection ? collection : value == null ? Set.of() : Set.of(value);
        for (Object each : values) {
            String text = String.valueOf(each).strip();
            if (!text.isEmpty()) {
                ids.add(Long.valueOf(text));
            }
        }
        return ids;
    }

    public Long getAssignment() {
        return assignment;
    }

    public void setAssignment(Long assignment) {
        this.assignment = assignment;
    }

    public MyTraining.CourseView getView() {
        return view;
    }

    public Mode getMode() {
        return mode;
    }

    public MyTraining.QuizView getQuiz() {
        return quiz;
    }

    public MyTraining.QuizResult getResult() {
        return result;
    }

    public Map<Long, Object> getAnswers() {
        return answers;
    }

    public Integer getRelevance() {
        return relevance;
    }

    public void setRelevance(Integer relevance) {
        this.relevance = relevance;
    }

    public Integer getUsefulness() {
        return usefulness;
    }

    public void setUsefulness(Integer usefulness) {
        this.usefulness = usefulness;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
