package com.cxcentric.web.api;

import com.cxcentric.outcomes.boundary.CustomerLifecycle;
import com.cxcentric.outcomes.boundary.OutcomeMetrics;
import com.cxcentric.outcomes.boundary.UnitBriefs;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The feedback metrics of a period for the whole company, an org unit, a segment or one employee. */
@Path("v1/outcomes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
public class OutcomesResource {

    @Inject
    private OutcomeMetrics metrics;

    @Inject
    private BusinessDay businessDay;

    @GET
    @Path("metrics")
    @RequiresScope(ApiScope.OUTCOMES_READ)
    @Operation(
            operationId = "getOutcomeMetrics",
            summary = "NPS, CSAT % and mean, CES mean and % with sample sizes for from..to (both included),"
                    + " optionally one org unit and below (unit), a segment (segment), an employee (employee)"
                    + " and touchpoints (touchpoint, repeatable); values are null below the minimum sample.")
    public OutcomeMetrics.Figures get(@BeanParam OutcomeFilterParameters filter) {
        return metrics.figures(filter.toFilter());
    }

    @GET
    @Path("dashboard")
    @RequiresScope(ApiScope.OUTCOMES_READ)
    @Operation(
            operationId = "getOutcomeDashboard",
            summary = "Everything the outcomes dashboard shows for the same filters as the metrics: the period's and"
                    + " the previous period's figures, the trend, the breakdowns by touchpoint and unit, follow-ups,"
                    + " complaint and standard figures and recurring complaint categories; the Server-Timing header"
                    + " says how long the server took.")
    public Response dashboard(@BeanParam OutcomeFilterParameters filter) {
        long started = System.nanoTime();
        var dashboard = metrics.dashboard(filter.toFilter());
        return timed(dashboard, started);
    }

    @GET
    @Path("lifecycle")
    @RequiresScope(ApiScope.OUTCOMES_READ)
    @Operation(
            operationId = "getCustomerLifecycle",
            summary = "How many customers served by the filter stand at each lifecycle stage, overall and per unit"
                    + " directly below; the Server-Timing header says how long the server took.")
    public Response lifecycle(@BeanParam OutcomeFilterParameters filter) {
        long started = System.nanoTime();
        var lifecycle = metrics.lifecycle(filter.toFilter());
        return timed(lifecycle, started);
    }

    @GET
    @Path("brief/{unit}")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME})
    @RequiresScope(ApiScope.OUTCOMES_READ)
    @Operation(
            operationId = "getUnitBrief",
            summary = "A unit's customer figures as its champions see them: the last 90 days against the 90 before,"
                    + " its complaint figures and the complaint categories that keep coming back. HR, executives and"
                    + " admins any unit; a lead their units; a customer champion their department; 403 elsewhere.")
    public UnitBriefs.Brief brief(@PathParam("unit") String unit) {
        return briefs.brief(unit);
    }

    @Inject
    private UnitBriefs briefs;

    private static Response timed(Object entity, long started) {
        double millis = (System.nanoTime() - started) / 1e6;
        return Response.ok(entity)
                .header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", millis))
                .build();
    }

    @GET
    @Path("case-metrics")
    @RequiresScope(ApiScope.OUTCOMES_READ)
    @Operation(
            operationId = "getCaseMetrics",
            summary = "Complaints with first-contact resolution %, resolution time median and 90th percentile"
                    + " (calendar hours) and recovery rate %, compliments, and service-standard attainment %, with"
                    + " sample sizes, for the same filters as the metrics; values are null below the minimum sample.")
    public OutcomeMetrics.CaseFigures cases(@BeanParam OutcomeFilterParameters filter) {
        return metrics.caseFigures(filter.toFilter());
    }

    @Inject
    private CustomerLifecycle lifecycle;

    @POST
    @Path("lifecycle/recompute")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    @RequiresScope(ApiScope.OUTCOMES_WRITE)
    @Operation(
            operationId = "recomputeLifecycle",
            summary = "Recomputes every customer's lifecycle stage now (it also runs every night); returns how many"
                    + " customers have one and how long it took.")
    public CustomerLifecycle.Report recomputeLifecycle() {
        return lifecycle.recompute();
    }

    @GET
    @Path("responses/export")
    @Produces({TableExport.XLSX, TableExport.CSV})
    @RequiresScope(ApiScope.OUTCOMES_READ)
    @Operation(
            operationId = "exportOutcomeResponses",
            summary = "The responses behind the same filters as the metrics, newest first, as format=csv (formula-safe)"
                    + " or format=xlsx; at most 100,000.")
    public Response export(
            @BeanParam OutcomeFilterParameters filter,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format) {
        var responses = metrics.allResponses(filter.toFilter());
        ZoneId zone = businessDay.zone();
        List<String> headers = List.of("occurred_at", "touchpoint", "served_by", "nps", "csat", "ces", "comment");
        List<List<Object>> rows = responses.stream()
                .map(r -> Arrays.<Object>asList(
                        LocalDateTime.ofInstant(r.occurredAt(), zone).withNano(0),
                        r.touchpoint(),
                        r.employees(),
                        r.nps(),
                        r.csat(),
                        r.ces(),
                        r.comment()))
                .toList();
        return TableExport.download(format, "responses-" + filter.period(), "Responses", headers, rows);
    }
}
