package com.cxcentric.web.hr;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.training.boundary.CourseCatalog;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.Lesson;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /hr/courses.xhtml: the course catalog. A published course is changed by starting its next
 * revision (a draft copy), rewriting its lessons in the editor (the HTML is sanitised by the
 * boundary) and publishing it, which retires the revision before; or it is retired.
 */
@Named
@ViewScoped
public class CoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseCatalog catalog;

    @Inject
    private FacesMessages messages;

    private List<CourseCatalog.CourseSummary> courses = List.of();
    private String draftCode;
    private List<LessonForm> lessons = List.of();

    /** A lesson of the draft being edited. */
    public static final class LessonForm implements Serializable {
        private static final long serialVersionUID = 1L;
        final int number;
        String title;
        String html;
        String videoUrl;
        String practice;

        LessonForm(Lesson lesson) {
            this.number = lesson.getNumber();
            this.title = lesson.getTitle();
            this.html = lesson.getBodyHtml();
            this.videoUrl = lesson.getVideoUrl();
            this.practice = lesson.getPracticeScenario();
        }

        public int getNumber() {
            return number;
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
    }

    /** Starts (or reopens) the next revision of a course and shows its lessons in the editor. */
    public void edit(String code) {
        try {
            Course draft = catalog.newRevision(code);
            draftCode = code;
            lessons = draft.getLessons().stream().map(LessonForm::new).toList();
            load();
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
            load();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void retire(String code) {
        try {
            catalog.retire(code);
            messages.info("courses.retired", code);
            load();
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
}
