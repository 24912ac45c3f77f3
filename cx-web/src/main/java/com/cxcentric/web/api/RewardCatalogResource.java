package com.cxcentric.web.api;

import com.cxcentric.rewards.boundary.RewardCatalog;
import com.cxcentric.rewards.control.RedemptionViews.ItemView;
import com.cxcentric.rewards.control.RedemptionViews.Offer;
import com.cxcentric.rewards.entity.ItemDefinition;
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

/** The rewards received points buy: HR keeps the catalog, everyone reads what is offered to them. */
@Path("v1/reward-catalog")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class RewardCatalogResource {

    @Inject
    private RewardCatalog catalog;

    @Context
    private UriInfo uri;

    @GET
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "listRewards", summary = "Every reward of the catalog, retired ones last.")
    public List<ItemView> list() {
        return catalog.items();
    }

    @GET
    @Path("offers")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "listMyRewardOffers",
            summary = "The rewards the caller may have today, the kind they rank first among their motivators"
                    + " first; each with its rank in their ranking and the points they still lack.")
    public List<Offer> offers() {
        return catalog.forMe();
    }

    @GET
    @Path("{code}")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "getReward", summary = "A reward of the catalog.")
    public ItemView get(@PathParam("code") String code) {
        return catalog.item(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "createReward",
            summary =
                    "Adds a reward (201 with its Location); 422 names the field at fault, 409 when the code is taken.")
    public Response create(@NotNull ItemDefinition definition) {
        ItemView item = catalog.save(definition, true).item();
        return Response.created(uri.getAbsolutePathBuilder().path(item.code()).build())
                .entity(item)
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "updateReward",
            summary = "Changes a reward (the code in the path wins); redemptions already made keep their points.")
    public ItemView update(@PathParam("code") String code, @NotNull ItemDefinition d) {
        return catalog.save(
                        new ItemDefinition(
                                code,
                                d.name(),
                                d.description(),
                                d.motivator(),
                                d.costPoints(),
                                d.stock(),
                                d.unitCode(),
                                d.minTenureMonths(),
                                d.active()),
                        false)
                .item();
    }
}
