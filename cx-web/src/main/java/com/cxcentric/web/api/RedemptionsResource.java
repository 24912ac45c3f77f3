package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.rewards.boundary.Redemptions;
import com.cxcentric.rewards.control.RedemptionViews.PayrollRow;
import com.cxcentric.rewards.control.RedemptionViews.RedemptionView;
import com.cxcentric.rewards.entity.RedemptionStatus;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Received points spent on rewards: anyone redeems (the Idempotency-Key header makes a retry
 * harmless), HR settles or refuses with a reason (the points come back), and payroll reads a
 * month's settled rewards per person and kind.
 */
@Path("v1/redemptions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class RedemptionsResource {

    /** A redemption as a client asks for it; the idempotency key travels in its header. */
    public record NewRedemption(String reward) {}

    /** HR's decision: a note when settling (optional), the reason when refusing (required). */
    public record Decision(String note) {}

    static final List<String> PAYROLL_HEADERS = List.of(
            "Month", "Employee number", "Name", "Unit", "Reward kind", "Redemptions", "Points", "Value", "Currency");

    @Inject
    private Redemptions redemptions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "redeem",
            summary = "Spends the caller's received points on a reward of the catalog (its code); the points are"
                    + " reserved at once and HR hands the reward over. The Idempotency-Key header is required; the"
                    + " same key again returns the same redemption (200) and spends nothing twice; 201 when new;"
                    + " 422 names what stands in the way (item, points).")
    public Response redeem(@HeaderParam("Idempotency-Key") String idempotencyKey, @NotNull NewRedemption redemption) {
        Redemptions.Redeemed made = redemptions.redeem(idempotencyKey, redemption.reward());
        return Response.status(made.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(made.redemption())
                .build();
    }

    @GET
    @Path("mine")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "listMyRedemptions", summary = "The caller's redemptions, newest first; paged.")
    public Page<RedemptionView> mine(@Valid @BeanParam PageParameters paging) {
        return redemptions.mine(paging.toRequest());
    }

    @GET
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "listRedemptions",
            summary = "Every redemption, or those of a status (PENDING oldest first, so the longest waiting come"
                    + " first); paged.")
    public Page<RedemptionView> list(@QueryParam("status") String status, @Valid @BeanParam PageParameters paging) {
        return redemptions.list(status(status), paging.toRequest());
    }

    @POST
    @Path("{id}/settlement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "settleRedemption",
            summary = "The reward handed over, with an optional note; again changes nothing; 409 when it was refused.")
    public RedemptionView settle(@PathParam("id") long id, Decision decision) {
        return redemptions.settle(id, decision == null ? null : decision.note());
    }

    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "refuseRedemption",
            summary = "The reward refused with a reason (note, required); the points go back to the person. Again"
                    + " changes nothing; 409 when it was settled.")
    public RedemptionView refuse(@PathParam("id") long id, Decision decision) {
        return redemptions.refuse(id, decision == null ? null : decision.note());
    }

    @GET
    @Path("payroll")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "getRedemptionPayroll",
            summary = "The rewards handed over in a month (month=2026-11), per person and kind of reward, with their"
                    + " points and money value, for payroll and tax.")
    public List<PayrollRow> payroll(@QueryParam("month") String month) {
        return redemptions.payroll(month(month));
    }

    @GET
    @Path("payroll/export")
    @Produces({TableExport.XLSX, TableExport.CSV})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "exportRedemptionPayroll",
            summary = "The month's payroll rows as format=csv (UTF-8, formula-safe) or format=xlsx.")
    public Response export(
            @QueryParam("month") String month,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format) {
        YearMonth wanted = month(month);
        List<List<Object>> rows = new ArrayList<>();
        for (PayrollRow row : redemptions.payroll(wanted)) {
            rows.add(Arrays.asList(
                    row.month().toString(),
                    row.employeeNumber(),
                    row.employeeName(),
                    row.unitName(),
                    row.motivator().name(),
                    row.redemptions(),
                    row.points(),
                    row.moneyValue(),
                    row.currency()));
        }
        return TableExport.download(format, "payroll-rewards-" + wanted, "Rewards " + wanted, PAYROLL_HEADERS, rows);
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            throw ParameterException.missing("month", "2026-11");
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException wrong) {
            throw ParameterException.invalid("month", "a month such as 2026-11", month);
        }
    }

    private static RedemptionStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RedemptionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException wrong) {
            throw ParameterException.invalid("status", "PENDING, SETTLED or REFUSED", status);
        }
    }
}
