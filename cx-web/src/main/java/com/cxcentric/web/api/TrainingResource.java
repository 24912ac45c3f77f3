package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.boundary.CourseCatalog;
import com.cxcentric.training.boundary.TrainingAssignments;
import com.cxcentric.training.entity.TrainingState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Training for HR and team leads: the course catalog, assigning a course (to people, an org unit
 * with its subtree, or a segment) and the assignments in the caller's scope, as JSON pages or the
 * whole filtered list as CSV or Excel.
 */
@Path("v1/training")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
public class TrainingResource {

    static final List<String> HEADERS = List.of(
            "employee_number",
            "name",
            "unit",
            "course",
            "revision",
            "due_on",
            "mandatory",
            "state",
            "lessons_done",
            "lessons",
            "attempts_used",
            "best_score_percent",
            "completed_at");

    @Inject
    private CourseCatalog catalog;

    @Inject
    private TrainingAssignments assignments;

    @GET
    @Path("courses")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "listCourses",
            summary = "The latest revision of every course with open and completed counts.")
    public List<CourseCatalog.CourseSummary> courses() {
        return catalog.catalog();
    }

    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.TRAINING_WRITE)
    @Operation(
            operationId = "assignCourse",
            summary = "Assigns a published course to people (employeeNumbers), an org unit and everything below it"
                    + " (unitCode) or a segment's current members (segmentId), due on a date (dueOn) or N days from today"
                    + " (dueInDays). Nobody gets it twice: people with it open or holding a valid certification are"
                    + " counted, not assigned, so repeating an order is safe. A team lead only inside their units.")
    public TrainingAssignments.AssignmentOutcome assign(@NotNull @Valid TrainingAssignments.AssignmentRequest request) {
        return assignments.assign(request);
    }

    @GET
    @Path("assignments")
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "listAssignments",
            summary = "Assignments in the caller's scope (HR: everyone, a team lead: their units), earliest due first;"
                    + " state=OVERDUE lists the open ones past their due date.")
    public Page<TrainingAssignments.AssignmentRow> list(
            @QueryParam("course") String course,
            @QueryParam("state") TrainingState state,
            @QueryParam("q") String query,
            @Valid @BeanParam PageParameters paging) {
        return assignments.overview(new TrainingAssignments.OverviewFilter(course, state, query), paging.toRequest());
    }

    @GET
    @Path("assignments/export")
    @Produces({TableExport.XLSX, TableExport.CSV})
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "exportAssignments",
            summary = "The same filtered list, every row, as format=csv (UTF-8, formula-safe) or format=xlsx.")
    public Response export(
            @QueryParam("course") String course,
            @QueryParam("state") TrainingState state,
            @QueryParam("q") String query,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format) {
        var filter = new TrainingAssignments.OverviewFilter(course, state, query);
        List<List<Object>> rows = TableExport.everyRow(page -> assignments.overview(filter, page)).stream()
                .map(r -> Arrays.<Object>asList(
                        r.employeeNumber(),
                        r.employeeName(),
                        r.unitName(),
                        r.courseCode(),
                        r.revision(),
                        r.dueOn(),
                        r.mandatory(),
                        r.state(),
                        r.lessonsDone(),
                        r.lessons(),
                        r.attemptsUsed(),
                        r.bestScorePercent(),
                        r.completedAt()))
                .toList();
        return TableExport.download(format, "assignments", "Assignments", HEADERS, rows);
    }

    @GET
    @Path("courses/{code}/files/{file}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "courseFile",
            summary = "A file of a lesson of any revision of a course, as learners get it.")
    public Response file(@PathParam("code") String code, @PathParam("file") long file) {
        var download = catalog.file(code, file);
        return Response.ok(download.content(), download.contentType())
                .header("Content-Disposition", download.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
