package com.cxcentric.web.api;

import com.cxcentric.organization.boundary.Directory;
import com.cxcentric.organization.boundary.PersonCard;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The employee directory, paged and searchable by name or employee number. */
@Path("v1/employees")
@ApplicationScoped
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

    static final List<String> EXPORT_HEADERS = List.of(
            "employee_number",
            "name",
            "job_title",
            "org_unit",
            "org_unit_code",
            "email",
            "contact_level",
            "location",
            "hire_date",
            "status");

    @GET
    @Path("export")
    @Produces({TableExport.XLSX, TableExport.CSV})
    @Operation(
            operationId = "exportEmployees",
            summary = "The directory as the HR page filters it (q: name, number or unit contains; contactLevel) as a"
                    + " download: format=csv (UTF-8, formula-safe) or format=xlsx.")
    public Response export(
            @QueryParam("q") @Size(max = 100) String query,
            @QueryParam("contactLevel") ContactLevel contactLevel,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format) {
        List<List<Object>> rows = TableExport.everyRow(
                        page -> directory.searchEmployees(query, contactLevel, Directory.SortKey.NAME, true, page))
                .stream()
                .map(p -> List.<Object>of(
                        p.employeeNumber(),
                        p.name(),
                        orEmpty(p.jobTitle()),
                        orEmpty(p.unitName()),
                        orEmpty(p.unitCode()),
                        orEmpty(p.email()),
                        p.contactLevel().name(),
                        orEmpty(p.location()),
                        p.hireDate() == null ? "" : p.hireDate(),
                        p.status().name()))
                .toList();
        return TableExport.download(format, "employees", "Employees", EXPORT_HEADERS, rows);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @GET
    @Operation(
            operationId = "getEmployee",
            summary = "One employee by employee number, with their manager (number and name) and their unit's path"
                    + " from the top of the organization down; 404 when unknown.")
    @Path("{number}")
    public Directory.EmployeeRecord get(@PathParam("number") String number) {
        return directory
                .employeeRecord(number)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.employee.unknown", "No employee with number " + number, number));
    }
}
