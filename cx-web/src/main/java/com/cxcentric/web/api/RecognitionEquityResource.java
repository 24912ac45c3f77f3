package com.cxcentric.web.api;

import com.cxcentric.rewards.boundary.RewardReports;
import com.cxcentric.rewards.control.RecognitionEquity.Grouping;
import com.cxcentric.rewards.control.RecognitionEquity.Report;
import com.cxcentric.rewards.control.RecognitionEquity.Row;
import com.cxcentric.rewards.control.RewardTotals;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Recognition equity: whether recognition reaches everyone, per department, contact level, tenure or segment. */
@Path("v1/recognition-equity")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
public class RecognitionEquityResource {

    static final List<String> HEADERS = List.of(
            "Group",
            "People",
            "Recognised",
            "Recognised %",
            "Recognitions",
            "Points from recognition",
            "Awards",
            "Points from awards",
            "Gini",
            "Top tenth's share %");

    @Inject
    private RewardReports reports;

    @GET
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "getRecognitionEquity",
            summary = "Over the last days (1 to 731, default 90): per group (groupBy DEPARTMENT, CONTACT_LEVEL,"
                    + " TENURE, SEGMENT) and for the company, how many current people were recognised, the Gini"
                    + " coefficient and the top tenth's share of the recognitions received (everyone counted), and"
                    + " the points from recognition and from awards; with the company's Lorenz curve at tenths.")
    public Report equity(
            @QueryParam("groupBy") @DefaultValue("DEPARTMENT") String groupBy,
            @QueryParam("days") @DefaultValue("90") String days) {
        return reports.equity(grouping(groupBy), days(days));
    }

    @GET
    @Path("export")
    @Produces({TableExport.XLSX, TableExport.CSV})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "exportRecognitionEquity",
            summary = "The same rows, the company's last, as format=csv (UTF-8, formula-safe) or format=xlsx.")
    public Response export(
            @QueryParam("groupBy") @DefaultValue("DEPARTMENT") String groupBy,
            @QueryParam("days") @DefaultValue("90") String days,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format) {
        Report report = reports.equity(grouping(groupBy), days(days));
        List<List<Object>> rows = new ArrayList<>();
        report.groups().forEach(row -> rows.add(cells(row.name() == null ? row.key() : row.name(), row)));
        rows.add(cells("Company", report.company()));
        return TableExport.download(
                format,
                "recognition-equity-" + report.grouping().name().toLowerCase(Locale.ROOT),
                "Recognition equity",
                HEADERS,
                rows);
    }

    @GET
    @Path("schemes")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "getAwardsByScheme",
            summary = "Each reward scheme's awards of the periods that ended in the last days: periods, awards,"
                    + " people, points and their value, and awards held for or refused approval.")
    public List<RewardTotals.SchemeTotal> bySchemes(@QueryParam("days") @DefaultValue("90") String days) {
        return reports.bySchemes(days(days));
    }

    @GET
    @Path("values")
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "getRecognitionByValue",
            summary = "Each company value's recognition in the last days: recognitions, people recognised, the points"
                    + " given and boosted, and their value.")
    public List<RewardTotals.ValueTotal> byValues(@QueryParam("days") @DefaultValue("90") String days) {
        return reports.byValues(days(days));
    }

    @GET
    @Path("{table: schemes|values}/export")
    @Produces({TableExport.XLSX, TableExport.CSV})
    @RequiresScope(ApiScope.RECOGNITION_READ)
    @Operation(
            operationId = "exportRewardTotals",
            summary = "Awards by scheme, or recognition by value, as format=csv or format=xlsx.")
    public Response exportTotals(
            @PathParam("table") String table,
            @QueryParam("days") @DefaultValue("90") String days,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format) {
        List<List<Object>> rows = new ArrayList<>();
        if (table.equals("schemes")) {
            reports.bySchemes(days(days))
                    .forEach(t -> rows.add(Arrays.asList(
                            t.code(), t.name(), t.periods(), t.awards(), t.people(), t.points(), t.value(), t.held())));
            return TableExport.download(
                    format,
                    "awards-by-scheme",
                    "Awards by scheme",
                    List.of("Code", "Scheme", "Periods", "Awards", "People", "Points", "Value", "Held or refused"),
                    rows);
        }
        reports.byValues(days(days))
                .forEach(t -> rows.add(Arrays.asList(
                        t.code(), t.name(), t.recognitions(), t.people(), t.giftPoints(), t.boostPoints(), t.value())));
        return TableExport.download(
                format,
                "recognition-by-value",
                "Recognition by value",
                List.of(
                        "Code",
                        "Value",
                        "Recognitions",
                        "People recognised",
                        "Points given",
                        "Points boosted",
                        "Value"),
                rows);
    }

    private static List<Object> cells(String name, Row row) {
        return Arrays.asList(
                name,
                row.people(),
                row.recognised(),
                row.recognisedPercent(),
                row.recognitions(),
                row.giftPoints(),
                row.awards(),
                row.awardPoints(),
                row.gini(),
                row.topTenthPercent());
    }

    private static int days(String days) {
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException wrong) {
            throw ParameterException.invalid("days", "a number of days, 1 to " + RewardReports.MAX_DAYS, days);
        }
    }

    private static Grouping grouping(String groupBy) {
        try {
            return Grouping.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException wrong) {
            throw ParameterException.invalid("groupBy", "DEPARTMENT, CONTACT_LEVEL, TENURE or SEGMENT", groupBy);
        }
    }
}
