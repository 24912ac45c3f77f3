package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.boundary.Ideas;
import com.cxcentric.vision.entity.IdeaStatus;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What customer champions raise from the front line and the departments' answers (vision module). */
@Path("v1/vision/ideas")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class IdeasResource {

    @Inject
    private Ideas ideas;

    @Context
    private UriInfo uri;

    @GET
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "listIdeas",
            summary = "The ideas the caller may see (every one for HR, executives and admins; a department's for its"
                    + " head and champions; the caller's own), those waiting for an answer first, then the newest;"
                    + " department (its code) and status narrow it; paged. 403 for a department the caller does not"
                    + " see.")
    public Page<Ideas.IdeaView> list(
            @QueryParam("department") String department,
            @QueryParam("status") IdeaStatus status,
            @Valid @BeanParam PageParameters paging) {
        return ideas.ideas(new Ideas.Filter(department, status), paging.toRequest());
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(operationId = "getIdea", summary = "One idea; 404 when there is none the caller may see.")
    public Ideas.IdeaView get(@PathParam("id") long id) {
        return ideas.idea(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "raiseIdea",
            summary = "A customer champion raises an observation or improvement idea for the department they champion"
                    + " (201 with its Location; the department's head is told). 403 for anyone else, 422 names the"
                    + " field when the title or observation is missing or too long.")
    public Response raise(@NotNull Ideas.NewIdea idea) {
        Ideas.IdeaView raised = ideas.raise(idea);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(raised.id()))
                        .build())
                .entity(raised)
                .build();
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "answerIdea",
            summary = "The department answers an idea: the answer (mandatory), the status that follows (ANSWERED,"
                    + " IN_PROGRESS, ACTED_ON, DECLINED) and optionally the owner's employee number; the champion is"
                    + " told. 403 outside the caller's departments, 409 when the idea changed since 'version' or is"
                    + " closed, 422 names the field at fault.")
    public Ideas.IdeaView answer(@PathParam("id") long id, @NotNull Ideas.Answer answer) {
        return ideas.answer(id, answer);
    }
}
