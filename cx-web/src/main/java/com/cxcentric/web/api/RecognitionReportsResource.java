package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.boundary.RecognitionFeed;
import com.cxcentric.rewards.control.FeedActivity.ReportView;
import com.cxcentric.rewards.entity.ReportStatus;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** HR's review of reported recognition: what colleagues reported and what the rules flagged. */
@Path("v1/recognition-reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class RecognitionReportsResource {

    /** HR's decision: hide the recognition from the feed, or keep it, with an optional note. */
    public record Decision(Boolean hide, String note) {}

    @Inject
    private RecognitionFeed feed;

    @GET
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "listRecognitionReports",
            summary = "Reports of a status (OPEN oldest first, KEPT and HIDDEN newest first) or all; paged.")
    public Page<ReportView> list(@QueryParam("status") String status, @Valid @BeanParam PageParameters paging) {
        return feed.reports(status(status), paging.toRequest());
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "decideRecognitionReport",
            summary = "Hides the reported recognition from the feed (hide=true) or keeps it; every open report of it"
                    + " is decided with it; a decided one stays as it was.")
    public ReportView decide(@PathParam("id") long id, @NotNull Decision decision) {
        if (decision.hide() == null) {
            throw new RuleViolationException("hide", "error.report.hide", "Say hide: true or false");
        }
        return feed.decide(id, decision.hide(), decision.note());
    }

    private static ReportStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReportStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException wrong) {
            throw ParameterException.invalid("status", "OPEN, KEPT or HIDDEN", status);
        }
    }
}
