package com.cxcentric.web.api;

import com.cxcentric.outcomes.boundary.OutcomeMetrics;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The feedback metrics of a period for the whole company, an org unit, a segment or one employee. */
@Path("v1/outcomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
public class OutcomesResource {

    @Inject
    private OutcomeMetrics metrics;

    @Inject
    private com.cxcentric.platform.control.BusinessDay businessDay;

    @GET
    @Path("metrics")
    @RequiresScope(ApiScope.OUTCOMES_READ)
    @Operation(
            operationId = "getOutcomeMetrics",
            summary = "NPS, CSAT % and mean, CES mean and % with sample sizes for from..to (both included),"
                    + " optionally one org unit and below (unit), a segment (segment), an employee (employee)"
                    + " and touchpoints (touchpoint, repeatable); values are null below the minimum sample.")
    public OutcomeMetrics.Figures get(@jakarta.ws.rs.BeanParam OutcomeFilterParameters filter) {
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
    public jakarta.ws.rs.core.Response dashboard(@jakarta.ws.rs.BeanParam OutcomeFilterParameters filter) {
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
    public jakarta.ws.rs.core.Response lifecycle(@jakarta.ws.rs.BeanParam OutcomeFilterParameters filter) {
        long started = System.nanoTime();
        var lifecycle = metrics.lifecycle(filter.toFilter());
        return timed(lifecycle, started);
    }

    private static jakarta.ws.rs.core.Response timed(Object entity, long started) {
        double millis = (System.nanoTime() - started) / 1e6;
        return jakarta.ws.rs.core.Response.ok(entity)
                .header("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.1f", millis))
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
    public OutcomeMetrics.CaseFigures cases(@jakarta.ws.rs.BeanParam OutcomeFilterParameters filter) {
        return metrics.caseFigures(filter.toFilter());
    }

    @jakarta.inject.Inject
    private com.cxcentric.outcomes.boundary.CustomerLifecycle lifecycle;

    @jakarta.ws.rs.POST
    @Path("lifecycle/recompute")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    @RequiresScope(ApiScope.OUTCOMES_WRITE)
    @Operation(
            operationId = "recomputeLifecycle",
            summary = "Recomputes every customer's lifecycle stage now (it also runs every night); returns how many"
                    + " customers have one and how long it took.")
    public com.cxcentric.outcomes.boundary.CustomerLifecycle.Report recomputeLifecycle() {
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
    public jakarta.ws.rs.core.Response export(
            @jakarta.ws.rs.BeanParam OutcomeFilterParameters filter,
            @QueryParam("format")
                    @jakarta.ws.rs.DefaultValue("csv")
                    @jakarta.validation.constraints.Pattern(regexp = "csv|xlsx")
                    String format) {
        var responses = metrics.allResponses(filter.toFilter());
        java.time.ZoneId zone = businessDay.zone();
        List<String> headers = List.of("occurred_at", "touchpoint", "served_by", "nps", "csat", "ces", "comment");
        List<List<Object>> rows = responses.stream()
                .map(r -> java.util.Arrays.<Object>asList(
                        java.time.LocalDateTime.ofInstant(r.occurredAt(), zone).withNano(0),
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
