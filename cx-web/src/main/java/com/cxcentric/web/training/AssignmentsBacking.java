package com.cxcentric.web.training;

import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.training.boundary.CourseCatalog;
import com.cxcentric.training.boundary.TrainingAssignments;
import com.cxcentric.training.boundary.TrainingAssignments.AssignmentRequest;
import com.cxcentric.training.boundary.TrainingAssignments.AssignmentRow;
import com.cxcentric.training.boundary.TrainingAssignments.TargetKind;
import com.cxcentric.training.entity.TrainingState;
import com.cxcentric.web.FacesMessages;
import com.cxcentric.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * /training/assignments.xhtml: assign a course to people, an org unit or a segment, and follow up
 * the assignments (overdue first) in the caller's scope: HR everyone, a team lead their units.
 */
@Named
@ViewScoped
public class AssignmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingAssignments assignments;

    /** Today in the company's time zone, which is what a date picker offers. */
    @Inject
    private BusinessDay businessDay;

    @Inject
    private CourseCatalog catalog;

    @Inject
    private FacesMessages messages;

    private List<CourseCatalog.CourseSummary> courses = List.of();
    private List<TrainingAssignments.Choice> units = List.of();
    private List<TrainingAssignments.Choice> segments = List.of();

    private String courseCode;
    private TargetKind target = TargetKind.SEGMENT;
    private String employeeNumbers;
    private String unitCode;
    private Long segmentId;
    private boolean relativeDue = true;
    private Integer dueInDays = 30;
    private LocalDate dueOn;
    private boolean mandatory = true;
    private String message;

    private TrainingState stateFilter;
    private String courseFilter;
    private String nameFilter;
    private final PagedModel<AssignmentRow> rows =
            new PagedModel<>(page -> assignments.overview(filter(), page), AssignmentRow::id);

    @PostConstruct
    void load() {
        courses = catalog.assignable();
        units = assignments.assignableUnits();
        segments = assignments.assignableSegments();
    }

    public void assign() {
        try {
            var outcome = assignments.assign(new AssignmentRequest(
                    courseCode,
                    target,
                    employeeNumbers == null ? List.of() : Arrays.asList(employeeNumbers.split("[,;\\s]+")),
                    unitCode,
                    segmentId,
                    relativeDue ? null : dueOn,
                    relativeDue ? dueInDays : null,
                    mandatory,
                    message));
            messages.info(
                    "assignments.assigned",
                    outcome.assigned(),
                    outcome.targeted(),
                    outcome.alreadyAssigned(),
                    outcome.alreadyCertified(),
                    Date.valueOf(outcome.dueOn()));
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public void grantAttempt(AssignmentRow row) {
        try {
            assignments.grantAttempt(row.id());
            messages.info("assignments.attemptGranted", row.employeeName());
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public TargetKind[] getTargets() {
        return TargetKind.values();
    }

    public TrainingState[] getStates() {
        return new TrainingState[] {
            TrainingState.OVERDUE,
            TrainingState.ASSIGNED,
            TrainingState.IN_PROGRESS,
            TrainingState.FAILED,
            TrainingState.COMPLETED
        };
    }

    public LocalDate getToday() {
        return businessDay.today();
    }

    public PagedModel<AssignmentRow> getRows() {
        return rows;
    }

    private TrainingAssignments.OverviewFilter filter() {
        return new TrainingAssignments.OverviewFilter(courseFilter, stateFilter, nameFilter);
    }

    public List<CourseCatalog.CourseSummary> getCourses() {
        return courses;
    }

    public List<TrainingAssignments.Choice> getUnits() {
        return units;
    }

    public List<TrainingAssignments.Choice> getSegments() {
        return segments;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public TargetKind getTarget() {
        return target;
    }

    public void setTarget(TargetKind target) {
        this.target = target;
    }

    public String getEmployeeNumbers() {
        return employeeNumbers;
    }

    public void setEmployeeNumbers(String employeeNumbers) {
        this.employeeNumbers = employeeNumbers;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public Long getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(Long segmentId) {
        this.segmentId = segmentId;
    }

    public boolean isRelativeDue() {
        return relativeDue;
    }

    public void setRelativeDue(boolean relativeDue) {
        this.relativeDue = relativeDue;
    }

    public Integer getDueInDays() {
        return dueInDays;
    }

    public void setDueInDays(Integer dueInDays) {
        this.dueInDays = dueInDays;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
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

    public TrainingState getStateFilter() {
        return stateFilter;
    }

    public void setStateFilter(TrainingState stateFilter) {
        this.stateFilter = stateFilter;
    }

    public String getCourseFilter() {
        return courseFilter;
    }

    public void setCourseFilter(String courseFilter) {
        this.courseFilter = courseFilter;
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }
}
