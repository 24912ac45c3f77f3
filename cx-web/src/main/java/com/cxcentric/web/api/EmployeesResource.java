package com.cxcentric.web.api;

import com.cxcentric.organization.boundary.Directory;
import com.cxcentric.organization.boundary.PersonCard;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The employee directory, paged and searchable by name or employee number. */
@Path("v1/employees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
@RequiresScope(ApiScope.DIRECTORY_READ)
public class EmployeesResource {

    @Inject
    private Directory directory;

    @GET
    @Operation(
            operationId = "listEmployees",
            summary = "Employees whose name, number or unit contains q, by last name; paged.")
    public Page<PersonCard> list(
            @QueryParam("q") @Size(max = 100) String query, @Valid @BeanParam PageParameters paging) {
        return directory.findEmployees(query, paging.toRequest());
    }

    @GET
    @Operation(operationId = "getEmployee", summary = "One employee by employee number; 404 when unknown.")
    @Path("{number}")
    public PersonCard get(@PathParam("number") String number) {
        return directory
                .findEmployee(number)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.employee.unknown", "No employee with number " + number, number));
    }
}
