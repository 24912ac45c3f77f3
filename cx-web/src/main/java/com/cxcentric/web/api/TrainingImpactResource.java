package com.cxcentric.web.api;

import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.boundary.TrainingImpact;
import com.cxcentric.training.boundary.TrainingImpact.Impact;
import com.cxcentric.training.boundary.TrainingImpact.ImpactQuery;
import com.cxcentric.training.entity.StaggeredDid.Estimate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The impact of a course on its trainees' customer outcomes (docs/METRICS.md, "Training impact"):
 * HR, executives and administrators for the company or any unit, team leads for their units.
 */
@Path("v1/training-impact")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EXECUTIVE_NAME})
public class TrainingImpactResource {

    /** An estimate and its 95 % interval; null figures when there was nothing to draw them from. */
    public record EstimateView(Double effect, Double low, Double high) {

        static EstimateView of(Estimate estimate) {
            return estimate == null
                    ? null
                    : new EstimateView(finite(estimate.effect()), finite(estimate.low()), finite(estimate.high()));
        }

        private static Double finite(double value) {
            return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : null;
        }
    }

    public record EventView(int monthsSincePassing, EstimateView effect, int cohorts, int trainees) {}

    public record CohortView(String month, int people, int counted) {}

    public record ImpactView(
            String course,
            String courseTitle,
            PersonMetric metric,
            String unit,
            String from,
            String to,
            EstimateView effect,
            EstimateView preTrend,
            EstimateView naiveBeforeAfter,
            String withheld,
            int trainees,
            int traineesWithFiguresBeforeAndAfter,
            int traineesNeeded,
            int teams,
            int teamsNeeded,
            int comparisonPeople,
            int minResponsesPerMonth,
            int replications,
            List<EventView> eventStudy,
            List<CohortView> cohorts,
            RoiView roi) {

        static ImpactView of(Impact impact) {
            return new ImpactView(
                    impact.courseCode(),
                    impact.courseTitle(),
                    impact.metric(),
                    impact.unitCode(),
                    impact.from().toString(),
                    impact.to().toString(),
                    EstimateView.of(impact.effect()),
                    EstimateView.of(impact.preTrend()),
                    EstimateView.of(impact.naive()),
                    impact.withheld() == null ? null : impact.withheld().name(),
                    impact.trainees(),
                    impact.counted(),
                    impact.neededTrainees(),
                    impact.teams(),
                    impact.neededTeams(),
                    impact.comparison(),
                    impact.minResponses(),
                    impact.replications(),
                    impact.events().stream()
                            .map(e -> new EventView(e.offset(), EstimateView.of(e.estimate()), e.cohorts(), e.people()))
                            .toList(),
                    impact.cohorts().stream()
                            .map(c -> new CohortView(c.month().toString(), c.people(), c.counted()))
                            .toList(),
                    impact.roi() == null
                            ? null
                            : new RoiView(
                                    impact.roi().costPerTrainee(),
                                    impact.roi().valuePerPoint(),
                                    impact.roi().currency(),
                                    EstimateView.of(impact.roi().percent())));
        }
    }

    /** The return on the training in percent (Phillips) with its interval. */
    public record RoiView(
            java.math.BigDecimal costPerTrainee,
            java.math.BigDecimal valuePerPoint,
            String currency,
            EstimateView percent) {}

    @Inject
    private TrainingImpact impacts;

    @GET
    @Path("{course}")
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "trainingImpact",
            summary = "The change in the trainees' own monthly outcome (metric: CSAT_PERCENT, NPS, CES_EASY_PERCENT,"
                    + " STANDARD_ATTAINMENT) that passing the course caused: staggered difference-in-differences"
                    + " against the people not yet trained, 95 % team-bootstrap intervals, the event study"
                    + " (months since passing, -6 to 12) and the cohorts; withheld with the reason below the"
                    + " minimum sample. unit narrows to an org unit and everything below it; from and to"
                    + " (YYYY-MM) set the window, by default 12 months before the first pass to last month. With"
                    + " costPerTrainee and valuePerPoint (what a one-point rise in one trainee's outcome is worth),"
                    + " the return on the training in percent (Phillips) with the same interval.")
    public ImpactView impact(
            @PathParam("course") String course,
            @QueryParam("metric") @DefaultValue("CSAT_PERCENT") PersonMetric metric,
            @QueryParam("unit") String unit,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("costPerTrainee") java.math.BigDecimal costPerTrainee,
            @QueryParam("valuePerPoint") java.math.BigDecimal valuePerPoint) {
        var query = query(course, metric, unit, from, to);
        return ImpactView.of(impacts.impact(new ImpactQuery(
                query.courseCode(),
                query.metric(),
                query.unitCode(),
                query.from(),
                query.to(),
                costPerTrainee,
                valuePerPoint)));
    }

    @GET
    @Path("{course}/cohorts/export")
    @Produces({TableExport.XLSX, TableExport.CSV})
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "exportTrainingImpactCohorts",
            summary = "The cohort table of the same analysis (month first passed, trainees, those with figures"
                    + " before and after) as format=csv (UTF-8, formula-safe) or format=xlsx.")
    public Response cohorts(
            @PathParam("course") String course,
            @QueryParam("metric") @DefaultValue("CSAT_PERCENT") PersonMetric metric,
            @QueryParam("unit") String unit,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format) {
        Impact impact = impacts.impact(query(course, metric, unit, from, to));
        List<List<Object>> rows = impact.cohorts().stream()
                .map(c -> Arrays.<Object>asList(c.month().toString(), c.people(), c.counted()))
                .toList();
        return TableExport.download(
                format,
                "training-impact-" + impact.courseCode().toLowerCase(java.util.Locale.ROOT),
                "Cohorts",
                List.of("first_passed", "trainees", "with_figures_before_and_after"),
                rows);
    }

    static ImpactQuery query(String course, PersonMetric metric, String unit, String from, String to) {
        return new ImpactQuery(course, metric, unit, month("from", from), month("to", to));
    }

    private static YearMonth month(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ParameterException.invalid(parameter, "a month as YYYY-MM", value);
        }
    }
}
