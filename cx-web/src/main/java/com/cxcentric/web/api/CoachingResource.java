package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.boundary.Coaching;
import com.cxcentric.training.boundary.CoachingChecklist;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Coaching observations (Kirkpatrick level 3) for HR and team leads: the checklist, recording what
 * a person showed in an observed customer interaction, the observations and the monthly trend, all
 * within the caller's scope (a lead: the units they lead).
 */
@Path("v1/coaching")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
public class CoachingResource {

    static final List<String> HEADERS = List.of(
            "observed_on",
            "employee_number",
            "name",
            "interaction",
            "shown",
            "ticked",
            "shown_percent",
            "observed_by",
            "note");

    @Inject
    private Coaching coaching;

    @Inject
    private CoachingChecklist checklist;

    @GET
    @Path("checklist")
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(operationId = "coachingChecklist", summary = "The behaviours to look for, grouped by competency.")
    public List<CoachingChecklist.ChecklistGroup> checklist() {
        return checklist.checklist();
    }

    /** A behaviour HR adds to the checklist. */
    public record NewBehaviour(String code, String competencyCode, String name, String description) {}

    @POST
    @Path("checklist")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    @RequiresScope(ApiScope.TRAINING_WRITE)
    @Operation(
            operationId = "addBehaviour",
            summary = "Adds a behaviour (code, competencyCode, name, description) to the checklist; 201 with Location.")
    public Response addBehaviour(@NotNull NewBehaviour behaviour, @Context UriInfo uri) {
        var added = checklist.addBehaviour(
                behaviour.code(), behaviour.competencyCode(), behaviour.name(), behaviour.description());
        return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build())
                .entity(added)
                .build();
    }

    @POST
    @Path("checklist/{code}/retire")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    @RequiresScope(ApiScope.TRAINING_WRITE)
    @Operation(
            operationId = "retireBehaviour",
            summary = "Takes a behaviour off the checklist; observations that ticked it keep it. 204.")
    public Response retireBehaviour(@PathParam("code") String code) {
        checklist.retireBehaviour(code);
        return Response.noContent().build();
    }

    @POST
    @Path("observations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.TRAINING_WRITE)
    @Operation(
            operationId = "recordObservation",
            summary = "Records an observed interaction: employeeNumber, observedOn (today or up to 90 days back),"
                    + " interaction, note, and checks (behaviour code: true shown, false not shown; leave out what did"
                    + " not come up). 201 with Location.")
    public Response record(@NotNull @Valid Coaching.ObservationRequest request, @Context UriInfo uri) {
        Coaching.Receipt receipt = coaching.record(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(receipt.id()))
                        .build())
                .entity(receipt)
                .build();
    }

    @GET
    @Path("observations/{id}")
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(operationId = "getObservation", summary = "One observation.")
    public Coaching.ObservationRow observation(@PathParam("id") long id) {
        return coaching.observation(id);
    }

    @GET
    @Path("observations")
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "listObservations",
            summary = "Observations in the caller's scope, or of one person (employee), newest first.")
    public Page<Coaching.ObservationRow> observations(
            @QueryParam("employee") String employee, @Valid @BeanParam PageParameters paging) {
        return coaching.observations(employee, paging.toRequest());
    }

    @GET
    @Path("trend")
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "coachingTrend",
            summary = "Share of ticked behaviours shown per month over the last 12 months, overall and per competency,"
                    + " for one person (employee) or the caller's whole scope.")
    public Coaching.Trend trend(@QueryParam("employee") String employee) {
        return coaching.trend(employee);
    }

    @GET
    @Path("observations/export")
    @Produces({TableExport.XLSX, TableExport.CSV})
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "exportObservations",
            summary = "The observations of the list, every row, as format=csv (UTF-8, formula-safe) or format=xlsx.")
    public Response export(
            @QueryParam("employee") String employee,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format) {
        List<List<Object>> rows = TableExport.everyRow(page -> coaching.observations(employee, page)).stream()
                .map(o -> Arrays.<Object>asList(
                        o.observedOn(),
                        o.employeeNumber(),
                        o.employeeName(),
                        o.interaction(),
                        o.shown(),
                        o.seen(),
                        o.shownPercent(),
                        o.observerName(),
                        o.note()))
                .toList();
        return TableExport.download(format, "coaching-observations", "Observations", HEADERS, rows);
    }
}
