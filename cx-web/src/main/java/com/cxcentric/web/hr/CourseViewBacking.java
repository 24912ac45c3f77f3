package com.cxcentric.web.hr;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.training.boundary.CourseViews;
import com.cxcentric.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /hr/course-view.xhtml?code=…: a course as learners get it (the published revision), read only:
 * its rules, lessons with their files, and the question bank with the right options and what
 * learners are told about each. Changing it starts a new revision on the Courses page.
 */
@Named
@RequestScoped
public class CourseViewBacking {

    @Inject
    private CourseViews views;

    @Inject
    private FacesMessages messages;

    private String code;
    private CourseViews.CourseView course;

    /** Loads the course named by the address; an unknown code is said on the page. */
    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            course = views.view(code.strip());
        } catch (BusinessException unknown) {
            messages.error(unknown);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CourseViews.CourseView getCourse() {
        return course;
    }
}
