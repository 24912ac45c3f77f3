package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.boundary.Approvals;
import com.cxcentric.rewards.control.ApprovalViews.ApprovalView;
import com.cxcentric.rewards.entity.ApprovalStatus;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Nominations and the approvals they, and scheme awards above the approval limit, wait for: anyone
 * nominates, each stage's approver decides in turn, HR reads them all.
 */
@Path("v1/approvals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class ApprovalsResource {

    /** A nomination as a client sends it; the idempotency key travels in its header. */
    public record NewNomination(String employeeNumber, Long points, String value, String reason) {}

    /** A reward outside the catalog as a client asks for it; the idempotency key travels in its header. */
    public record NewRewardRequest(String title, String motivator, Long points, String reason) {}

    /** An approver's decision: approve or refuse, with a comment (required when refusing). */
    public record Decision(Boolean approve, String comment) {}

    @Inject
    private Approvals approvals;

    @POST
    @Path("nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "nominate",
            summary = "Nominates a colleague (employeeNumber) for points from their unit's budget, naming a company"
                    + " value and a reason; the points are held until the last approver decides (the colleague's team"
                    + " lead, then HR, with the department's head between for large ones). The Idempotency-Key"
                    + " header is required; the same key again returns the same request (200); 201 when new; 422"
                    + " names the field (a fixed budget that is spent: points).")
    public Response nominate(@HeaderParam("Idempotency-Key") String idempotencyKey, @NotNull NewNomination nomination) {
        Approvals.Nominated made = approvals.nominate(new Approvals.NominationRequest(
                idempotencyKey,
                nomination.employeeNumber(),
                nomination.points(),
                nomination.value(),
                nomination.reason()));
        return Response.status(made.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(made.approval())
                .build();
    }

    @POST
    @Path("rewards")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "askForReward",
            summary = "Asks for a reward outside the catalog (title, motivator: the kind of reward, points: its price"
                    + " in the caller's received points, reason); the points are held at once and the caller's team"
                    + " lead (then HR, with the department's head between for large ones) decides. The last approval"
                    + " puts it in HR's fulfilment queue, a refusal gives the points back. The Idempotency-Key header"
                    + " is required; the same key again returns the same request (200); 201 when new; 422 names the"
                    + " field (too few points received: points).")
    public Response askForReward(
            @HeaderParam("Idempotency-Key") String idempotencyKey, @NotNull NewRewardRequest reward) {
        Approvals.Nominated made = approvals.askReward(new Approvals.RewardRequest(
                idempotencyKey, reward.title(), reward.motivator(), reward.points(), reward.reason()));
        return Response.status(made.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(made.approval())
                .build();
    }

    @GET
    @Path("waiting")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "listApprovalsWaitingForMe",
            summary = "What waits for the caller's decision, longest waiting first, each with its earlier stages'"
                    + " comments.")
    public List<ApprovalView> waiting() {
        return approvals.waitingForMe();
    }

    @GET
    @Path("mine")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "listMyNominations", summary = "The nominations the caller made, newest first.")
    public List<ApprovalView> mine() {
        return approvals.mine();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "listApprovals",
            summary = "For HR: every request, or those of a status (WAITING longest first, the others newest first);"
                    + " paged.")
    public Page<ApprovalView> list(@QueryParam("status") String status, @Valid @BeanParam PageParameters paging) {
        return approvals.list(status(status), paging.toRequest());
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "getApproval",
            summary = "One request with its stages, for HR, whoever asked, its approvers and (once decided) the person"
                    + " it is for; 404 for anyone else.")
    public ApprovalView get(@PathParam("id") long id) {
        return approvals.view(id);
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "decideApproval",
            summary = "Decides the stage the request waits at: approve (the comment goes to the next approver) or"
                    + " refuse (the comment, required, says why; the held points go back). The last approval pays"
                    + " the person. Again the same way changes nothing; 409 when the stage is not the caller's or"
                    + " it was decided otherwise.")
    public ApprovalView decide(@PathParam("id") long id, @NotNull Decision decision) {
        if (decision.approve() == null) {
            throw new RuleViolationException("approve", "error.approval.approve", "Say approve: true or false");
        }
        return approvals.decide(id, decision.approve(), decision.comment());
    }

    private static ApprovalStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ApprovalStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException wrong) {
            throw ParameterException.invalid("status", "WAITING, APPROVED or REFUSED", status);
        }
    }
}
