package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.vision.boundary.RolloutHeatmap;
import com.cxcentric.vision.boundary.Visions;
import com.cxcentric.vision.control.Acknowledgements.Mine;
import com.cxcentric.vision.control.VisionDrafts.Draft;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The CX vision (vision module): everyone reads and confirms it, leadership publishes it; the rollout heatmap. */
@Path("v1/vision")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class VisionResource {

    /** A confirmation: the number of the version the caller read. */
    public record Confirmation(@NotNull Integer number) {}

    @Inject
    private Visions visions;

    private static final String BOARD_PACK_PDF = "application/pdf";

    @Inject
    private RolloutHeatmap heatmaps;

    @Inject
    @ConfigProperty(name = "cx.company.name", defaultValue = "CX Centric")
    String companyName;

    @GET
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "getMyVision",
            summary = "The current vision in a language (lang: en, nl or id; the default language otherwise) and"
                    + " the caller's confirmation of it (null for an account linked to no employee); reading it"
                    + " counts as having seen it. 404 before any version is published.")
    public Visions.MyVision mine(@QueryParam("lang") String language) {
        return visions.mine(language == null ? "en" : language)
                .orElseThrow(() -> new ResourceNotFoundException("error.vision.none", "No vision is published yet"));
    }

    @POST
    @Path("acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "acknowledgeVision",
            summary = "The caller confirms they read the version and know what it asks of them; again changes"
                    + " nothing. 409 when the version is not the current one.")
    public Mine acknowledge(@NotNull @Valid Confirmation confirmation) {
        return visions.acknowledge(confirmation.number());
    }

    @GET
    @Path("versions")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "listVisionVersions",
            summary = "Every version, newest first, with how many were asked, saw it and confirmed it; paged.")
    public Page<Visions.VersionSummary> versions(@Valid @BeanParam PageParameters paging) {
        return Pages.slice(visions.versions(), paging.toRequest());
    }

    @GET
    @Path("versions/{number}")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(operationId = "getVisionVersion", summary = "One version with its texts in every language.")
    public Draft version(@PathParam("number") int number) {
        return visions.version(number);
    }

    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "saveVisionDraft",
            summary = "Saves the draft of the next version (texts per language, values per code and language);"
                    + " a new draft when there is none. 422 names the field at fault.")
    public Draft saveDraft(@NotNull Draft draft) {
        return visions.saveDraft(draft);
    }

    @POST
    @Path("versions/{number}/publish")
    @RolesAllowed({Role.ADMIN_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.VISION_WRITE)
    @Operation(
            operationId = "publishVision",
            summary = "Publishes the draft: every current employee is asked to confirm it, its values become the"
                    + " company's. Again changes nothing; 422 names the first text missing in a language.")
    public Visions.VersionSummary publish(@PathParam("number") int number) {
        return visions.publish(number);
    }

    @GET
    @Path("rollout")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "getRolloutHeatmap",
            summary = "The rollout heatmap of the departments, or of the units right below unit; a team lead sees"
                    + " the units they lead (403 elsewhere). Each cell: figure, sample, rating, target.")
    public RolloutHeatmap.Heatmap heatmap(@QueryParam("unit") Long unitId) {
        return heatmaps.heatmap(unitId);
    }

    @GET
    @Path("rollout/board-pack")
    @Produces({BOARD_PACK_PDF, TableExport.XLSX})
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME, Role.TEAM_LEAD_NAME})
    @RequiresScope(ApiScope.VISION_READ)
    @Operation(
            operationId = "getRolloutBoardPack",
            summary = "The heatmap (of the departments, or of the units below unit) as a board pack: format pdf (the"
                    + " scope's page with the three furthest behind, then one page per unit) or xlsx (the heatmap"
                    + " and every cell in detail), in lang (en, nl, id). A team lead: the units they lead.")
    public Response boardPack(
            @QueryParam("unit") Long unitId,
            @QueryParam("format") @DefaultValue("pdf") @Pattern(regexp = "pdf|xlsx") String format,
            @QueryParam("lang") @DefaultValue("en") @Pattern(regexp = "en|nl|id") String language) {
        BoardPack pack = new BoardPack(heatmaps.heatmap(unitId), Locale.forLanguageTag(language), companyName);
        boolean pdf = "pdf".equals(format);
        return Response.ok(pdf ? pack.pdf() : pack.xlsx(), pdf ? BOARD_PACK_PDF : TableExport.XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"cx-rollout-" + LocalDate.now() + "." + format + "\"")
                .build();
    }
}
