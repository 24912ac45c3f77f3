package com.cxcentric.web.api;

import com.cxcentric.organization.boundary.Workplace;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller: account, roles and place in the organization. */
@Path("v1/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
@RequiresScope(ApiScope.DIRECTORY_READ)
public class MeResource {

    @Inject
    private Workplace workplace;

    @GET
    @Operation(
            operationId = "getMe",
            summary = "The caller: account, roles, place in the organization, the people they lead.")
    public Workplace.View me() {
        return workplace.mine();
    }
}
