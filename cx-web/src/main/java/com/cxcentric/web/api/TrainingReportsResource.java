package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.boundary.TrainingReports;
import com.cxcentric.training.boundary.TrainingReports.ReportFilter;
import com.cxcentric.training.entity.TrainingFigures;
import com.cxcentric.training.entity.TrainingReport;
import com.cxcentric.training.entity.TrainingReport.Grouping;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The training reports (HR, executives: the company; team leads: their units), as JSON and as CSV
 * or Excel downloads of exactly the tables the portal shows. Every report takes course (a code)
 * and unit (an org unit code: that unit and everything below it).
 */
@Path("v1/training-reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EXECUTIVE_NAME})
public class TrainingReportsResource {

    /** A report as a table: its headers and rows. */
    record Table(String name, List<String> headers, List<List<Object>> rows) {}

    @Inject
    private TrainingReports reports;

    @Inject
    @ConfigProperty(name = "cx.display.zone", defaultValue = "Asia/Jakarta")
    String zone;

    @GET
    @Path("completion")
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "completionReport",
            summary = "Assignments (not cancelled) per department, team, segment or course (groupBy): assigned,"
                    + " completed, on track, overdue and failed today.")
    public List<TrainingReport.CompletionRow> completion(
            @QueryParam("groupBy") @DefaultValue("DEPARTMENT") Grouping groupBy,
            @QueryParam("course") String course,
            @QueryParam("unit") String unit) {
        return reports.completion(groupBy, new ReportFilter(course, unit));
    }

    @GET
    @Path("coverage")
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "coverageReport",
            summary = "Per active segment and each competency it requires: current members and how many hold a"
                    + " certification of a course teaching it that is valid, expiring or expired today.")
    public List<TrainingReport.CoverageRow> coverage(@QueryParam("unit") String unit) {
        return reports.coverage(new ReportFilter(null, unit));
    }

    @GET
    @Path("scores")
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "scoreReport",
            summary =
                    "Submitted quiz attempts by score bucket (0-9 … 90-100), average score and first-attempt pass rate.")
    public TrainingReport.ScoreDistribution scores(
            @QueryParam("course") String course, @QueryParam("unit") String unit) {
        return reports.scores(new ReportFilter(course, unit));
    }

    @GET
    @Path("questions")
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(operationId = "questionReport", summary = "Every answered question, least often right first.")
    public List<TrainingReport.QuestionRow> questions(
            @QueryParam("course") String course, @QueryParam("unit") String unit) {
        return reports.hardestQuestions(new ReportFilter(course, unit));
    }

    @GET
    @Path("reactions")
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "reactionReport",
            summary =
                    "The reaction survey per course: responses, average relevance and usefulness (1-5), share rating both 4 or 5.")
    public List<TrainingReport.ReactionRow> reactions(
            @QueryParam("course") String course, @QueryParam("unit") String unit) {
        return reports.reactions(new ReportFilter(course, unit));
    }

    @GET
    @Path("comments")
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(operationId = "reactionComments", summary = "Reaction comments, newest first, without names.")
    public Page<TrainingReport.CommentRow> comments(
            @QueryParam("course") String course,
            @QueryParam("unit") String unit,
            @Valid @BeanParam PageParameters paging) {
        return reports.comments(new ReportFilter(course, unit), paging.toRequest());
    }

    @GET
    @Path("{report}/export")
    @Produces({TableExport.XLSX, TableExport.CSV})
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "exportReport",
            summary =
                    "A report (completion, coverage, scores, questions, reactions, comments) with the same parameters,"
                            + " every row, as format=csv (UTF-8, formula-safe) or format=xlsx.")
    public Response export(
            @PathParam("report") String report,
            @QueryParam("groupBy") @DefaultValue("DEPARTMENT") Grouping groupBy,
            @QueryParam("course") String course,
            @QueryParam("unit") String unit,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format) {
        Table table = table(report, groupBy, new ReportFilter(course, unit));
        return TableExport.download(format, "training-" + report, table.name(), table.headers(), table.rows());
    }

    Table table(String report, Grouping groupBy, ReportFilter filter) {
        List<List<Object>> rows = new ArrayList<>();
        switch (report) {
            case "completion" -> {
                reports.completion(groupBy, filter)
                        .forEach(r -> rows.add(Arrays.asList(
                                r.name(),
                                r.assigned(),
                                r.completed(),
                                r.onTrack(),
                                r.overdue(),
                                r.failed(),
                                r.completedPercent(),
                                r.overduePercent())));
                return new Table(
                        "Completion",
                        List.of(
                                groupBy.name().toLowerCase(Locale.ROOT),
                                "assigned",
                                "completed",
                                "on_track",
                                "overdue",
                                "failed",
                                "completed_percent",
                                "overdue_percent"),
                        rows);
            }
            case "coverage" -> {
                reports.coverage(filter)
                        .forEach(r -> rows.add(Arrays.asList(
                                r.segmentName(),
                                r.competencyCode(),
                                r.members(),
                                r.valid(),
                                r.expiring(),
                                r.expired(),
                                r.uncertified(),
                                r.coveredPercent())));
                return new Table(
                        "Coverage",
                        List.of(
                                "segment",
                                "competency",
                                "members",
                                "valid",
                                "expiring",
                                "expired",
                                "uncertified",
                                "covered_percent"),
                        rows);
            }
            case "scores" -> {
                var scores = reports.scores(filter);
                for (int b = 0; b < TrainingFigures.BUCKETS; b++) {
                    int from = b * TrainingFigures.BUCKET_WIDTH;
                    int to = b == TrainingFigures.BUCKETS - 1 ? 100 : from + TrainingFigures.BUCKET_WIDTH - 1;
                    rows.add(Arrays.asList(from, to, scores.buckets().get(b)));
                }
                return new Table("Scores", List.of("score_from", "score_to", "attempts"), rows);
            }
            case "questions" -> {
                reports.hardestQuestions(filter)
                        .forEach(r -> rows.add(Arrays.asList(
                                r.courseCode(),
                                r.revision(),
                                r.number(),
                                r.prompt(),
                                r.answered(),
                                r.correct(),
                                r.correctPercent())));
                return new Table(
                        "Questions",
                        List.of("course", "revision", "question", "prompt", "answered", "correct", "correct_percent"),
                        rows);
            }
            case "reactions" -> {
                reports.reactions(filter)
                        .forEach(r -> rows.add(Arrays.asList(
                                r.courseCode(),
                                r.title(),
                                r.responses(),
                                r.averageRelevance(),
                                r.averageUsefulness(),
                                r.favourablePercent())));
                return new Table(
                        "Reactions",
                        List.of(
                                "course",
                                "title",
                                "responses",
                                "average_relevance",
                                "average_usefulness",
                                "favourable_percent"),
                        rows);
            }
            case "comments" -> {
                ZoneId companyZone = ZoneId.of(zone);
                TableExport.everyRow(page -> reports.comments(filter, page))
                        .forEach(r -> rows.add(Arrays.asList(
                                r.reactedAt() == null
                                        ? null
                                        : r.reactedAt().atZone(companyZone).toLocalDateTime(),
                                r.courseCode(),
                                r.relevance(),
                                r.usefulness(),
                                r.comment())));
                return new Table(
                        "Comments", List.of("reacted_at", "course", "relevance", "usefulness", "comment"), rows);
            }
            default -> throw new NotFoundException("No report " + report);
        }
    }
}
