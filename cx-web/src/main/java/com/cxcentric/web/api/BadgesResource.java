package com.cxcentric.web.api;

import com.cxcentric.rewards.boundary.Badges;
import com.cxcentric.rewards.entity.BadgeDefinition;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Badges: everyone reads them and their own; HR defines them and grants one by hand. */
@Path("v1/badges")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class BadgesResource {

    /** A grant by hand: to whom (employee number) and why. */
    public record NewGrant(String employee, String reason) {}

    @Inject
    private Badges badges;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "listBadges", summary = "Every badge with its criteria and how many hold it today.")
    public List<Badges.BadgeView> list() {
        return badges.all();
    }

    @GET
    @Path("mine")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "listMyBadges",
            summary = "The caller's badges, those that hold today first, with when and why each was granted.")
    public List<Badges.Held> mine() {
        return badges.mine();
    }

    @GET
    @Path("{code}/holders")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "listBadgeHolders", summary = "Who holds the badge today, newest first.")
    public List<Badges.Holder> holders(@PathParam("code") String code) {
        return badges.holders(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "createBadge",
            summary = "Creates a badge (201 with its Location); a streak badge is granted at once to those whose"
                    + " streak is behind them. 422 names the field at fault, 409 when the code is taken.")
    public Response create(@NotNull BadgeDefinition definition) {
        Badges.BadgeView badge = badges.save(definition, true);
        return Response.created(uri.getAbsolutePathBuilder().path(badge.code()).build())
                .entity(badge)
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "updateBadge",
            summary = "Changes a badge (the code in the path wins); grants already made keep their dates.")
    public Badges.BadgeView update(@PathParam("code") String code, @NotNull BadgeDefinition d) {
        return badges.save(
                new BadgeDefinition(
                        code,
                        d.name(),
                        d.criteria(),
                        d.icon(),
                        d.colour(),
                        d.rule(),
                        d.courseCode(),
                        d.schemeCode(),
                        d.streak(),
                        d.validMonths(),
                        d.active()),
                false);
    }

    @POST
    @Path("{code}/grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "grantBadge",
            summary = "Grants the badge by hand to a current colleague (employee number) with a reason: 201 when"
                    + " granted, 200 when they hold it already (nothing changes).")
    public Response grant(@PathParam("code") String code, @NotNull NewGrant grant) {
        boolean granted = badges.grant(code, grant.employee(), grant.reason());
        return Response.status(granted ? Response.Status.CREATED : Response.Status.OK)
                .entity(badges.badge(code))
                .build();
    }
}
