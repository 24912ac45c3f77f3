package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.boundary.ActionPlans;
import com.cxcentric.vision.entity.ActionPlanStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Action plans of departments and teams against a target (vision module), followed up the org hierarchy. */
@Path("v1/vision/action-plans")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class ActionPlansResource {

    /** A sub-action to add. */
    public record NewStep(String text) {}

    @Inject
    private ActionPlans plans;

    @Context
    private UriInfo uri;

    @GET
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "listActionPlans",
            summary = "The plans the caller sees (every one for HR, executives and admins; a lead's units and below;"
                    + " an employee's own unit and those above it, and the plans they own), overdue first, then by"
                    + " due date; unit (its code, with the units below), status and overdue narrow it; paged. 403"
                    + " for a unit the caller does not see.")
    public Page<ActionPlans.PlanView> list(
            @QueryParam("unit") String unit,
            @QueryParam("status") ActionPlanStatus status,
            @QueryParam("overdue") boolean overdue,
            @Valid @BeanParam PageParameters paging) {
        return plans.plans(new ActionPlans.Filter(unit, status, overdue), paging.toRequest());
    }

    @GET
    @Path("counts")
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "countActionPlans",
            summary = "How many of the plans the caller sees (of unit, with the units below) are open, overdue and"
                    + " complete.")
    public ActionPlans.Counts counts(@QueryParam("unit") String unit) {
        return plans.counts(new ActionPlans.Filter(unit, null, false));
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(operationId = "getActionPlan", summary = "One plan; 404 when there is none the caller may see.")
    public ActionPlans.PlanView get(@PathParam("id") long id) {
        return plans.plan(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "setActionPlan",
            summary = "Sets a plan for a unit (201 with its Location): HR and admins for any, a lead for the units"
                    + " they lead (403 otherwise). targetKind OUTCOME_METRIC, COMPLAINT_CATEGORY (rootCause then"
                    + " required), SERVICE_STANDARD or TRAINING_COVERAGE; 422 names the field at fault.")
    public Response set(@NotNull ActionPlans.NewPlan plan) {
        ActionPlans.PlanView made = plans.set(plan);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(made.id()))
                        .build())
                .entity(made)
                .build();
    }

    @PUT
    @Path("{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "recordActionPlanProgress",
            summary = "Records progress: status, percentDone, stepsDone (positions), notes; its owner and whoever"
                    + " leads its unit (403 otherwise). COMPLETE makes it 100 % done. 409 when it changed since"
                    + " 'version' or was cancelled; 422 names the field at fault.")
    public ActionPlans.PlanView progress(@PathParam("id") long id, @NotNull ActionPlans.Progress progress) {
        return plans.progress(id, progress);
    }

    @POST
    @Path("{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "addActionPlanStep",
            summary = "Adds a sub-action at the end of the plan; the same rights as progress; 422 for a blank step or"
                    + " one over the 20 a plan may have.")
    public ActionPlans.PlanView addStep(@PathParam("id") long id, @NotNull NewStep step) {
        return plans.addStep(id, step.text());
    }
}
