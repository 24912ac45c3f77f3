package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.rewards.boundary.PointsCorrections;
import com.cxcentric.rewards.control.PointsStatements;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** HR's view of anyone's points and the corrections of the ledger. */
@Path("v1/points")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class PointsResource {

    /** Why a transfer is reversed. */
    public record Reversal(String reason) {}

    @Inject
    private PointsCorrections corrections;

    @GET
    @Path("people/{employeeNumber}/statement")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "getPointsStatementOf",
            summary = "Every movement on one person's giving and received accounts, newest first, with the"
                    + " transfer each belongs to; paged; 404 for an unknown employee number.")
    public Page<PointsStatements.Line> statement(
            @PathParam("employeeNumber") String employeeNumber, @Valid @BeanParam PageParameters paging) {
        return corrections.statementOf(employeeNumber, paging.toRequest());
    }

    @POST
    @Path("transfers/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "reversePointsTransfer",
            summary = "Reverses a transfer made by mistake, with a reason: a new correction moves the same points"
                    + " back (nothing is changed or deleted). The Idempotency-Key header is required; the same key"
                    + " again returns the same correction. 409 when the transfer was reversed already or is a"
                    + " correction, 422 when the points were spent.")
    public Response reverse(
            @PathParam("id") long id,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull Reversal reversal) {
        return Response.status(Response.Status.CREATED)
                .entity(corrections.reverse(id, idempotencyKey, reversal.reason()))
                .build();
    }
}
