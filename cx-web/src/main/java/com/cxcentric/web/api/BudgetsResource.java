package com.cxcentric.web.api;

import com.cxcentric.rewards.boundary.RewardBudgets;
import com.cxcentric.rewards.boundary.RewardBudgets.BudgetDefinition;
import com.cxcentric.rewards.boundary.RewardBudgets.BudgetView;
import com.cxcentric.rewards.entity.BudgetMode;
import com.cxcentric.rewards.entity.PeriodKind;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Budgets per org unit and month or quarter, with what each used against its limit. */
@Path("v1/budgets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class BudgetsResource {

    /** A budget as a client sends it; unit and period are fixed once it exists. */
    public record BudgetBody(
            String unit,
            PeriodKind periodKind,
            String period,
            Long limitPoints,
            BigDecimal limitMoney,
            BudgetMode mode,
            String owner) {

        /** What the boundary saves: a new budget (no id) or a change of one. */
        BudgetDefinition definition(Long id) {
            return new BudgetDefinition(id, unit, periodKind, period, limitPoints, limitMoney, mode, owner);
        }
    }

    static final List<String> HEADERS = List.of(
            "Unit code",
            "Unit",
            "Period",
            "Mode",
            "Limit",
            "Limit value",
            "Currency",
            "Used",
            "Allowances",
            "Awards",
            "Boosts",
            "Nominations",
            "Returned",
            "Left",
            "Used %",
            "Owner");

    @Inject
    private RewardBudgets budgets;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "listBudgets",
            summary = "The budgets covering any day of a month (month=2026-12), with what each used against its limit"
                    + " by purpose (allowances, awards, boosts, nominations, returns).")
    public List<BudgetView> list(@QueryParam("month") String month) {
        return budgets.ofMonth(month(month));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "getBudget", summary = "One budget with what it used.")
    public BudgetView get(@PathParam("id") long id) {
        return budgets.view(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "createBudget",
            summary = "A budget for an org unit (code) and a MONTH (2026-12) or QUARTER (2026-Q4): a limit in points"
                    + " (limitPoints) or in money (limitMoney, in the configured currency: the points it buys at the"
                    + " day's rate; not both), FIXED (boosts and nominations past it are refused) or FLEXIBLE (its owner is warned), an"
                    + " optional owner (employee number; the unit's lead otherwise). 409 on period when the unit has"
                    + " one overlapping it.")
    public Response create(@NotNull BudgetBody body) {
        BudgetView made = budgets.save(body.definition(null));
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.RECOGNITION_WRITE)
    @Operation(
            operationId = "updateBudget",
            summary = "Changes a budget's limit, mode and owner; its unit and period stay as they are.")
    public BudgetView update(@PathParam("id") long id, @NotNull BudgetBody body) {
        return budgets.save(body.definition(id));
    }

    @GET
    @Path("export")
    @Produces({TableExport.XLSX, TableExport.CSV})
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(operationId = "exportBudgets", summary = "The month's budgets as format=csv or format=xlsx.")
    public Response export(
            @QueryParam("month") String month,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format) {
        YearMonth wanted = month(month);
        List<List<Object>> rows = new ArrayList<>();
        for (BudgetView b : budgets.ofMonth(wanted)) {
            rows.add(Arrays.asList(
                    b.unitCode(),
                    b.unitName(),
                    b.period(),
                    b.mode().name(),
                    b.limitPoints(),
                    b.limitValue(),
                    b.currency(),
                    b.used(),
                    b.allowances(),
                    b.awards(),
                    b.boosts(),
                    b.nominations(),
                    b.returned(),
                    b.left(),
                    b.usedPercent(),
                    b.ownerName()));
        }
        return TableExport.download(format, "budgets-" + wanted, "Budgets " + wanted, HEADERS, rows);
    }

    static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            throw ParameterException.missing("month", "2026-12");
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException wrong) {
            throw ParameterException.invalid("month", "a month such as 2026-12", month);
        }
    }
}
