package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.boundary.Champions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Customer champions per department (vision module): HR and a department's head name them, leadership reads. */
@Path("v1/vision/champions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
public class ChampionsResource {

    /** A champion's role in their department, in the department's own words. */
    public record Naming(String roleDescription) {}

    @Inject
    private Champions champions;

    @GET
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "listChampions",
            summary = "The departments the caller oversees (all for HR, executives and admins; a head's own), by"
                    + " name, each with its current people, champions and how many ideas were raised, are still"
                    + " waiting, in progress, acted on and declined; paged.")
    public Page<Champions.DepartmentChampions> departments(@Valid @BeanParam PageParameters paging) {
        return Pages.slice(champions.departments(), paging.toRequest());
    }

    @PUT
    @Path("{department}/{employeeNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "nameChampion",
            summary = "Names a current employee of the department (or a team below it) one of its champions, or"
                    + " changes the role of one named before; again changes nothing. 403 outside the caller's"
                    + " departments, 404 for an unknown department or person, 422 for someone who left or works"
                    + " elsewhere, or a blank role.")
    public Champions.ChampionView name(
            @PathParam("department") String department,
            @PathParam("employeeNumber") String employeeNumber,
            @NotNull Naming naming) {
        return champions.name(department, employeeNumber, naming.roleDescription());
    }

    @DELETE
    @Path("{department}/{employeeNumber}")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "releaseChampion",
            summary = "Ends someone's role as the department's champion (their ideas stay); 404 when they are not one.")
    public void release(
            @PathParam("department") String department, @PathParam("employeeNumber") String employeeNumber) {
        champions.release(department, employeeNumber);
    }
}
