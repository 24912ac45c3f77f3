package com.cxcentric.web.api;

import com.cxcentric.outcomes.control.PersonRecords.EvidenceRow;
import com.cxcentric.rewards.boundary.MySchemes;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's reward schemes: where they stand this period, their awards and the evidence behind each. */
@Path("v1/awards")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class AwardsResource {

    @Inject
    private MySchemes schemes;

    @GET
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "listMyAwards", summary = "The awards the caller earned, newest period first.")
    public List<MySchemes.MyAward> mine() {
        return schemes.awards();
    }

    @GET
    @Path("progress")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "getMyAwardProgress",
            summary =
                    "Each active scheme that covers the caller, with their figure, sample and result so far this period.")
    public List<MySchemes.Progress> progress() {
        return schemes.progress();
    }

    @GET
    @Path("{id}/evidence")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "getMyAwardEvidence",
            summary = "The records behind one of the caller's awards (the customers' words), newest first; 404 for"
                    + " an award that is not theirs.")
    public List<EvidenceRow> evidence(@PathParam("id") long id) {
        return schemes.evidence(id);
    }
}
