package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.rewards.boundary.Boosts;
import com.cxcentric.rewards.boundary.MyPoints;
import com.cxcentric.rewards.boundary.RecognitionFeed;
import com.cxcentric.rewards.boundary.Recognitions;
import com.cxcentric.rewards.control.FeedActivity;
import com.cxcentric.rewards.control.PointsStatements;
import com.cxcentric.rewards.control.RecognitionViews.RecognitionView;
import com.cxcentric.rewards.entity.Reaction;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Peer recognition and the caller's points. */
@Path("v1/recognitions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class RecognitionsResource {

    /** A recognition as a client sends it; the idempotency key travels in its header. */
    public record NewRecognition(
            List<String> recipients, String value, String message, Integer pointsEach, Boolean publicFeed) {}

    @Inject
    private Recognitions recognitions;

    /** A boost as a client sends it: which recipient of the recognition, the points, an optional note. */
    public record NewBoost(String employeeNumber, Long points, String note) {}

    @Inject
    private MyPoints points;

    @Inject
    private Boosts boosts;

    @Inject
    private RecognitionFeed feed;

    /** A comment as a client sends it; the idempotency key travels in its header. */
    public record NewComment(String body) {}

    /** A report for HR: what is wrong with the recognition. */
    public record NewReport(String reason) {}

    @PUT
    @Path("{id}/reactions/{reaction}")
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "react",
            summary = "Adds the caller's reaction (APPLAUSE, HEART, INSPIRED) to a recognition they may see; again"
                    + " changes nothing. 404 for one they may not see.")
    public RecognitionView react(@PathParam("id") long id, @PathParam("reaction") String reaction) {
        return feed.react(id, reaction(reaction), true);
    }

    @DELETE
    @Path("{id}/reactions/{reaction}")
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(operationId = "unreact", summary = "Takes the caller's reaction back; again changes nothing.")
    public RecognitionView unreact(@PathParam("id") long id, @PathParam("reaction") String reaction) {
        return feed.react(id, reaction(reaction), false);
    }

    @GET
    @Path("{id}/comments")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "listRecognitionComments", summary = "The comments on a recognition, oldest first.")
    public List<FeedActivity.CommentView> comments(@PathParam("id") long id) {
        return feed.comments(id);
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "commentOnRecognition",
            summary = "Comments on a recognition the caller may see (body, 1 to 500 characters); the Idempotency-Key"
                    + " header is required, and the same key again returns the same comment.")
    public Response comment(
            @PathParam("id") long id, @HeaderParam("Idempotency-Key") String key, @NotNull NewComment comment) {
        return Response.status(Response.Status.CREATED)
                .entity(feed.comment(id, key, comment.body()))
                .build();
    }

    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "reportRecognition",
            summary = "Reports a recognition for HR to review, with the reason; once per person (201, then 200).")
    public Response report(@PathParam("id") long id, @NotNull NewReport report) {
        FeedActivity.Reported made = feed.report(id, report.reason());
        return Response.status(made.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(made.report())
                .build();
    }

    private static Reaction reaction(String reaction) {
        try {
            return Reaction.valueOf(reaction.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException wrong) {
            throw ParameterException.invalid("reaction", "APPLAUSE, HEART or INSPIRED", reaction);
        }
    }

    @POST
    @Path("{id}/boosts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TEAM_LEAD_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "boostRecognition",
            summary = "A manager adds points to a recognition one of their people received (employeeNumber), from the"
                    + " budget of that person's unit; a fixed budget refuses past its limit (422 on points). HR may"
                    + " boost anyone's; a lead outside their units gets 403. The Idempotency-Key header is required:"
                    + " the same key again pays nothing twice (200); 201 when new.")
    public Response boost(
            @PathParam("id") long id, @HeaderParam("Idempotency-Key") String idempotencyKey, @NotNull NewBoost boost) {
        Boosts.Boosted done = boosts.boost(
                id, new Boosts.BoostRequest(idempotencyKey, boost.employeeNumber(), boost.points(), boost.note()));
        return Response.status(done.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(done.recognition())
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "recognise",
            summary = "Recognises colleagues (employee numbers) for a company value with a message and points each"
                    + " from the caller's monthly allowance; the Idempotency-Key header is required, and the same"
                    + " key again returns the same recognition (200) without paying twice; 201 when new.")
    public Response recognise(
            @HeaderParam("Idempotency-Key") String idempotencyKey, @NotNull @Valid NewRecognition recognition) {
        Recognitions.Given given = recognitions.give(new Recognitions.GiveRequest(
                idempotencyKey,
                recognition.recipients(),
                recognition.value(),
                recognition.message(),
                recognition.pointsEach() == null ? 0 : recognition.pointsEach(),
                recognition.publicFeed() == null || recognition.publicFeed()));
        return Response.status(given.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(given.recognition())
                .build();
    }

    @GET
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "listRecognitions",
            summary = "The company's public recognition, newest first; with mine=received or mine=given the"
                    + " caller's own (private ones included); paged.")
    public Page<RecognitionView> list(@QueryParam("mine") String mine, @Valid @BeanParam PageParameters paging) {
        if (mine == null || mine.isBlank()) {
            return recognitions.feed(paging.toRequest());
        }
        if (!mine.equals("received") && !mine.equals("given")) {
            throw ParameterException.invalid("mine", "received or given", mine);
        }
        return recognitions.mine(mine.equals("received"), paging.toRequest());
    }

    @GET
    @Path("team")
    @RolesAllowed({Role.TEAM_LEAD_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "getMyTeamsRecognition",
            summary = "For a team lead: the people of the units they lead, when each was last recognised and how often"
                    + " in the last 60 days; those not recognised lately (overlooked) first.")
    public List<Recognitions.TeamMember> team() {
        return recognitions.myTeam();
    }

    @GET
    @Path("points")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "getMyPoints",
            summary = "The caller's points: what is left of this month's giving allowance (it expires at the end of"
                    + " the month) and the points received, with their value in money at the configured rate.")
    public MyPoints.Balances balances() {
        return points.balances();
    }

    @GET
    @Path("points/statement")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "getMyPointsStatement",
            summary = "Every movement on the caller's giving and received accounts, newest first; paged.")
    public Page<PointsStatements.Line> statement(@Valid @BeanParam PageParameters paging) {
        return points.statement(paging.toRequest());
    }
}
