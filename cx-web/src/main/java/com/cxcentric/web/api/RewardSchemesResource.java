package com.cxcentric.web.api;

import com.cxcentric.rewards.boundary.RewardSchemes;
import com.cxcentric.rewards.boundary.SchemePeriods;
import com.cxcentric.rewards.entity.SchemeDefinition;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Reward schemes for HR: define them, preview a period's awards and cost (of a saved scheme or of
 * a definition not saved), grant a period that is over, and read what each period gave. Granting is
 * idempotent by its nature: a scheme's period is granted once, and asking again returns the same
 * awards without paying twice.
 */
@Path("v1/reward-schemes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class RewardSchemesResource {

    @Inject
    private RewardSchemes schemes;

    @Inject
    private SchemePeriods periods;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "listRewardSchemes", summary = "Every reward scheme with its last evaluated period.")
    public List<RewardSchemes.Summary> list() {
        return schemes.all();
    }

    @GET
    @Path("{code}")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "getRewardScheme", summary = "A reward scheme's definition.")
    public SchemeDefinition get(@PathParam("code") String code) {
        return schemes.definition(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "createRewardScheme",
            summary = "Creates a reward scheme (201 with its Location); 422 names the field a definition breaks,"
                    + " 409 when the code is taken.")
    public Response create(@NotNull SchemeDefinition definition) {
        String code = schemes.save(definition, true);
        return Response.created(uri.getAbsolutePathBuilder().path(code).build())
                .entity(schemes.definition(code))
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "updateRewardScheme",
            summary = "Changes a reward scheme (the code in the path wins); periods already granted keep their awards.")
    public SchemeDefinition update(@PathParam("code") String code, @NotNull SchemeDefinition definition) {
        schemes.save(withCode(definition, code), false);
        return schemes.definition(code);
    }

    @POST
    @Path("previews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "previewRewardSchemeDefinition",
            summary = "The awards a scheme not saved yet would give in a period (2026-11, 2026-Q4; empty for the"
                    + " current one so far) and their cost; writes nothing.")
    public SchemePeriods.Result previewDefinition(
            @QueryParam("period") String period, @NotNull SchemeDefinition definition) {
        return periods.preview(definition, period);
    }

    @GET
    @Path("{code}/preview")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "previewRewardScheme",
            summary = "The awards a scheme would give in a period (empty for the current one so far); writes nothing."
                    + " The Server-Timing header says how long the evaluation took.")
    public Response preview(@PathParam("code") String code, @QueryParam("period") String period) {
        long started = System.nanoTime();
        SchemePeriods.Result result = periods.preview(code, period);
        double millis = (System.nanoTime() - started) / 1e6;
        return Response.ok(result)
                .header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", millis))
                .build();
    }

    @GET
    @Path("{code}/periods")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "listRewardSchemePeriods", summary = "The periods granted, newest first.")
    public List<SchemePeriods.EvaluatedPeriod> periods(@PathParam("code") String code) {
        return periods.periods(code);
    }

    @POST
    @Path("{code}/periods/{period}/evaluation")
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "grantRewardSchemePeriod",
            summary = "Grants the awards of a period that is over and returns them; a period is granted once, so"
                    + " asking again returns the same awards and pays nothing twice. 422 when the period is not over.")
    public SchemePeriods.Result evaluate(@PathParam("code") String code, @PathParam("period") String period) {
        return periods.evaluate(code, period);
    }

    private static SchemeDefinition withCode(SchemeDefinition d, String code) {
        return new SchemeDefinition(
                code,
                d.name(),
                d.description(),
                d.metric(),
                d.rule(),
                d.judging(),
                d.target(),
                d.minSample(),
                d.k(),
                d.points(),
                d.periodKind(),
                d.firstPeriod(),
                d.unitCode(),
                d.segmentId(),
                d.excludeSolicited(),
                d.maxPerCustomer(),
                d.active(),
                d.rewardKinds());
    }
}
