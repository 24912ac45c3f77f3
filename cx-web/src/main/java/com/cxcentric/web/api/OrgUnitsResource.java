package com.cxcentric.web.api;

import com.cxcentric.organization.boundary.Directory;
import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The org units, paged. */
@Path("v1/org-units")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
@RequiresScope(ApiScope.DIRECTORY_READ)
public class OrgUnitsResource {

    @Inject
    private Directory directory;

    @GET
    @Operation(operationId = "listOrgUnits", summary = "Org units with parent and lead; paged.")
    public Page<Directory.UnitSummary> list(@Valid @BeanParam PageParameters paging) {
        return directory.listUnits(paging.toRequest());
    }
}
