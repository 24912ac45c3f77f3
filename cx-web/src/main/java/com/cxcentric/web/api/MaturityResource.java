package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.boundary.Maturity;
import com.cxcentric.vision.entity.MaturityQuestion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Departments' CX maturity self-assessments (vision module), one per department and quarter. */
@Path("v1/vision/maturity")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
public class MaturityResource {

    /** The answers, 1 to 5, by question code (LEAD_1 … RESPOND_2). */
    public record Answers(Map<MaturityQuestion, Integer> answers) {}

    @Inject
    private Maturity maturity;

    @GET
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "listMaturity",
            summary = "The departments the caller oversees (all for HR, executives and admins), each with its latest"
                    + " assessment and the one before: stage, mean answer, competencies, answers; paged.")
    public Page<Maturity.DepartmentMaturity> overview(@Valid @BeanParam PageParameters paging) {
        return Pages.slice(maturity.overview(), paging.toRequest());
    }

    @GET
    @Path("{department}/{quarter}")
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "getMaturityAssessment",
            summary = "A department's assessment of a quarter (2026-Q4); 404 when it made none then, 403 outside the"
                    + " caller's departments.")
    public Maturity.AssessmentView get(
            @PathParam("department") String department, @PathParam("quarter") String quarter) {
        return maturity.assessment(department, quarter)
                .orElseThrow(() -> new ResourceNotFoundException(
                        "error.maturity.none", department + " made no assessment in " + quarter, department, quarter));
    }

    @PUT
    @Path("{department}/{quarter}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME})
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "assessMaturity",
            summary = "The department assesses a quarter (this one or earlier): every question answered from 1 to 5;"
                    + " again replaces the answers. 403 outside the caller's departments, 422 names the first"
                    + " question at fault (answers.LEAD_1) or a quarter not yet begun.")
    public Maturity.AssessmentView assess(
            @PathParam("department") String department,
            @PathParam("quarter") String quarter,
            @NotNull Answers answers) {
        return maturity.assess(department, quarter, answers.answers());
    }
}
