package com.cxcentric.web.hr;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.training.boundary.CourseCatalog;
import com.cxcentric.training.boundary.TrainingAssignments;
import com.cxcentric.training.boundary.TrainingRules;
import com.cxcentric.training.boundary.TrainingRules.RuleRequest;
import com.cxcentric.training.boundary.TrainingRules.RuleRow;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Date;
import java.util.List;

/**
 * /hr/training-rules.xhtml: "members of segment S get course C within N days of joining it". HR
 * creates a rule (it reaches the current members at once) and ends rules that no longer apply.
 */
@Named
@ViewScoped
public class TrainingRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingRules rules;

    @Inject
    private TrainingAssignments assignments;

    @Inject
    private CourseCatalog catalog;

    @Inject
    private FacesMessages messages;

    private List<RuleRow> rows = List.of();
    private List<CourseCatalog.CourseSummary> courses = List.of();
    private List<TrainingAssignments.Choice> segments = List.of();

    private Long segmentId;
    private String courseCode;
    private Integer withinDays = 30;
    private boolean mandatory = true;
    private String message;

    @PostConstruct
    void load() {
        rows = rules.rules();
        courses = catalog.assignable();
        segments = assignments.assignableSegments();
    }

    public void create() {
        try {
            var outcome = rules.create(new RuleRequest(segmentId, courseCode, withinDays, mandatory, message));
            messages.info(
                    "rules.created",
                    outcome.assigned(),
                    outcome.targeted(),
                    outcome.alreadyAssigned(),
                    outcome.alreadyCertified(),
                    Date.valueOf(outcome.dueOn()));
            segmentId = null;
            courseCode = null;
            message = null;
            rows = rules.rules();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void end(RuleRow row) {
        try {
            rules.end(row.id());
            messages.info("rules.ended", row.segmentName(), row.courseTitle());
            rows = rules.rules();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public List<RuleRow> getRows() {
        return rows;
    }

    public List<CourseCatalog.CourseSummary> getCourses() {
        return courses;
    }

    public List<TrainingAssignments.Choice> getSegments() {
        return segments;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(Long segmentId) {
        this.segmentId = segmentId;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public Integer getWithinDays() {
        return withinDays;
    }

    public void setWithinDays(Integer withinDays) {
        this.withinDays = withinDays;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
