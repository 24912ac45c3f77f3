package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.boundary.Announcements;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Announcements from leadership and HR (vision module): published to an audience, read and confirmed. */
@Path("v1/vision/announcements")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class AnnouncementsResource {

    @Inject
    private Announcements announcements;

    @Context
    private UriInfo uri;

    @GET
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "listMyAnnouncements",
            summary = "The announcements that went to the caller, newest first, with when they saw and confirmed"
                    + " each; reading them counts as having seen them; paged.")
    public Page<Announcements.Mine> mine(@Valid @BeanParam PageParameters paging) {
        return announcements.mine(paging.toRequest());
    }

    @GET
    @Path("published")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "listPublishedAnnouncements",
            summary = "Every announcement, newest first, with how many it went to (still working here), saw it and"
                    + " confirmed it; paged.")
    public Page<Announcements.Published> published(@Valid @BeanParam PageParameters paging) {
        return announcements.published(paging.toRequest());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "publishAnnouncement",
            summary = "Publishes an announcement (201 with its Location) to audience COMPANY, UNIT (unitCode, with the"
                    + " units below) or SEGMENT (segmentId); every current person of the audience is told at once."
                    + " confirmRequested asks them to confirm. 404 for an unknown unit or segment, 422 names the"
                    + " field at fault.")
    public Response publish(@NotNull Announcements.NewAnnouncement announcement) {
        Announcements.Published made = announcements.publish(announcement);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(made.id()))
                        .build())
                .entity(made)
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "getAnnouncement",
            summary = "One announcement with how far it got; 404 for an unknown one.")
    public Announcements.Published get(@PathParam("id") long id) {
        return announcements.published(id);
    }

    @POST
    @Path("{id}/confirmations")
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "confirmAnnouncement",
            summary = "The caller confirms they read the announcement; again changes nothing. 404 when it did not go"
                    + " to them, 409 when it asks for no confirmation.")
    public Announcements.Mine confirm(@PathParam("id") long id) {
        return announcements.confirm(id);
    }
}
