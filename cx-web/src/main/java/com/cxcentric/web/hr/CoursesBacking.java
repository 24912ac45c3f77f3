package com.cxcentric.web.hr;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.training.boundary.CourseCatalog;
import com.cxcentric.training.entity.Course;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * /hr/courses.xhtml: the course catalog. HR starts a new course or the next revision of one (a
 * draft copy), which opens in the course editor, publishes a draft, which retires the revision
 * before, or retires a course.
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
    private String newCode;
    private String newTitle;
    private String newSummary;

    @PostConstruct
    void load() {
        courses = catalog.catalog();
    }

    /** Starts a new course as a draft and opens it in the editor. */
    public void create() throws IOException {
        try {
            Course created = catalog.create(newCode, newTitle, newSummary);
            messages.info("courses.created", created.getCode());
            openEditor(created.getCode());
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    /** Starts (or reopens) the next revision of a course and opens it in the editor. */
    public void edit(String code) throws IOException {
        try {
            catalog.newRevision(code);
            openEditor(code);
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void publish(String code) {
        try {
            Course published = catalog.publish(code);
            messages.info("courses.published", code, published.getRevision());
            courses = catalog.catalog();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void retire(String code) {
        try {
            catalog.retire(code);
            messages.info("courses.retired", code);
            courses = catalog.catalog();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    private void openEditor(String code) throws IOException {
        messages.redirectWithMessages("/hr/course-edit.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }

    public List<CourseCatalog.CourseSummary> getCourses() {
        return courses;
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
