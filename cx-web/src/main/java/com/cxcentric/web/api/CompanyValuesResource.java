package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.boundary.CompanyValueCatalog;
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

/** The company values that peer recognition names (rewards module). */
@Path("v1/company-values")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
@RequiresScope(ApiScope.REFERENCE_READ)
public class CompanyValuesResource {

    @Inject
    private CompanyValueCatalog catalog;

    @GET
    @Operation(operationId = "listCompanyValues", summary = "The active company values in their order; paged.")
    public Page<ReferenceView> list(@Valid @BeanParam PageParameters paging) {
        var all = catalog.listActive().stream()
                .map(v -> new ReferenceView(v.getCode(), v.getName(), v.getDescription()))
                .toList();
        return Pages.slice(all, paging.toRequest());
    }
}
