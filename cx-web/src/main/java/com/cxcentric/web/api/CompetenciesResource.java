package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.boundary.CompetencyCatalog;
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

/** The competency framework (training module). */
@Path("v1/competencies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
@RequiresScope(ApiScope.REFERENCE_READ)
public class CompetenciesResource {

    @Inject
    private CompetencyCatalog catalog;

    @GET
    @Operation(operationId = "listCompetencies", summary = "The competency framework in its order; paged.")
    public Page<ReferenceView> list(@Valid @BeanParam PageParameters paging) {
        var all = catalog.listAll().stream()
                .map(c -> new ReferenceView(c.getCode(), c.getName(), c.getDescription()))
                .toList();
        return Pages.slice(all, paging.toRequest());
    }
}
