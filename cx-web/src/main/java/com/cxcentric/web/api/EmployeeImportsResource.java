package com.cxcentric.web.api;

import com.cxcentric.organization.boundary.EmployeeImports;
import com.cxcentric.organization.control.ImportPlan;
import com.cxcentric.organization.entity.EmployeeImport;
import com.cxcentric.organization.entity.ImportRejection;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.imports.ImportProgress;
import com.cxcentric.platform.imports.ImportRefusedException;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * HR import through the API: a CSV file ({@code text/csv}) or a JSON array of records, upserted by
 * employee number. Answers 201 with the receipt (created, updated, unchanged, rejected with row,
 * field and reason) and the import's address; 422 when the file as a whole is refused.
 */
@Path("v1/employee-imports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class EmployeeImportsResource {

    static final String CSV = "text/csv";
    private static final String SOURCE_PATTERN = "[A-Za-z0-9][A-Za-z0-9 ._-]*";

    @Inject
    private EmployeeImports imports;

    @Context
    private UriInfo uri;

    /** A refused record in a receipt. {@code row} counts the header as row 1; for JSON it is the array index. */
    public record RejectedRow(int row, String employeeNumber, String field, String reason) {}

    /** What an import did. */
    public record Receipt(
            long id,
            int rows,
            int created,
            int updated,
            int unchanged,
            int rejected,
            int markedLeft,
            int unitsCreated,
            List<RejectedRow> rejections) {

        static Receipt of(EmployeeImports.Receipt r) {
            return new Receipt(
                    r.id(),
                    r.rows(),
                    r.created(),
                    r.updated(),
                    r.unchanged(),
                    r.rejected(),
                    r.markedLeft(),
                    r.unitsCreated(),
                    r.rejections().stream().map(Receipt::row).toList());
        }

        private static RejectedRow row(ImportPlan.Rejection r) {
            return new RejectedRow(
                    r.rowNumber(),
                    r.employeeNumber(),
                    r.field() == null ? null : r.field().jsonName(),
                    r.reason());
        }
    }

    /** An import as listed. */
    public record ImportView(
            long id,
            Instant at,
            String importedBy,
            String source,
            String fileName,
            String channel,
            boolean fullImport,
            boolean createUnits,
            EmployeeImport.Counts counts,
            long durationMillis) {

        static ImportView of(EmployeeImports.ImportSummary s) {
            return new ImportView(
                    s.id(),
                    s.at(),
                    s.importedBy(),
                    s.source(),
                    s.fileName(),
                    s.channel().name(),
                    s.fullImport(),
                    s.createUnits(),
                    s.counts(),
                    s.durationMillis());
        }
    }

    @POST
    @Consumes(CSV)
    @RequiresScope(ApiScope.DIRECTORY_WRITE)
    @Operation(
            operationId = "importEmployeesCsv",
            summary = "Import a CSV file of employees (UTF-8, ';' or ',', header row); upsert by employee number.")
    public Response importCsv(
            @QueryParam("source") @NotBlank @Size(max = EmployeeImport.SOURCE_LENGTH) @Pattern(regexp = SOURCE_PATTERN)
                    String source,
            @QueryParam("fileName") @Size(max = EmployeeImport.FILE_NAME_LENGTH) String fileName,
            @QueryParam("full") @DefaultValue("false") boolean full,
            @QueryParam("createUnits") @DefaultValue("false") boolean createUnits,
            @NotNull byte[] file) {
        var receipt = imports.importFile(
                source,
                fileName,
                file,
                null,
                new ImportPlan.Options(full, createUnits),
                EmployeeImport.Channel.API,
                ImportProgress.NONE);
        return created(receipt);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.DIRECTORY_WRITE)
    @Operation(
            operationId = "importEmployeesJson",
            summary = "Import a JSON array of employee records (properties: employeeNumber, firstName, lastName,"
                    + " email, jobTitle, orgUnit, manager, contactLevel, location, hireDate, status, statusSince,"
                    + " preferredLanguage, orgUnitName, parentUnit); upsert by employee number.")
    public Response importJson(
            @QueryParam("source") @NotBlank @Size(max = EmployeeImport.SOURCE_LENGTH) @Pattern(regexp = SOURCE_PATTERN)
                    String source,
            @QueryParam("full") @DefaultValue("false") boolean full,
            @QueryParam("createUnits") @DefaultValue("false") boolean createUnits,
            @NotNull JsonValue records) {
        if (records.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new BadRequestException("The body must be a JSON array of employee records");
        }
        var receipt = imports.importRecords(
                source, recordsOf(records.asJsonArray()), new ImportPlan.Options(full, createUnits));
        return created(receipt);
    }

    @GET
    @RequiresScope(ApiScope.DIRECTORY_READ)
    @Operation(operationId = "listEmployeeImports", summary = "Imports, newest first; paged.")
    public Page<ImportView> list(@Valid @BeanParam PageParameters paging) {
        return imports.history(paging.toRequest()).map(ImportView::of);
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.DIRECTORY_READ)
    @Operation(
            operationId = "getEmployeeImport",
            summary = "One import: who, when, which file, counts; 404 when unknown.")
    public ImportView get(@PathParam("id") long id) {
        return imports.find(id).map(ImportView::of).orElseThrow(() -> unknown(id));
    }

    @GET
    @Path("{id}/rejections")
    @RequiresScope(ApiScope.DIRECTORY_READ)
    @Operation(operationId = "listEmployeeImportRejections", summary = "The rows an import refused, by row; paged.")
    public Page<RejectedRow> rejections(@PathParam("id") long id, @Valid @BeanParam PageParameters paging) {
        imports.find(id).orElseThrow(() -> unknown(id));
        return imports.rejections(id, paging.toRequest()).map(EmployeeImportsResource::rejectedRow);
    }

    @GET
    @Path("{id}/rejections")
    @Produces(CSV)
    @RequiresScope(ApiScope.DIRECTORY_READ)
    @Operation(
            operationId = "downloadEmployeeImportRejections",
            summary = "The rows an import refused as CSV: the file's columns, then row and reason.")
    public Response rejectionsCsv(@PathParam("id") long id) {
        return Response.ok(imports.rejectedRowsCsv(id), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-rejected.csv\"")
                .build();
    }

    private static RejectedRow rejectedRow(ImportRejection r) {
        return new RejectedRow(r.getRowNumber(), r.getEmployeeNumber(), r.getField(), r.getReason());
    }

    private Response created(EmployeeImports.Receipt receipt) {
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(receipt.id()))
                        .build())
                .entity(Receipt.of(receipt))
                .build();
    }

    private static ResourceNotFoundException unknown(long id) {
        return new ResourceNotFoundException("error.import.unknown", "No import with id " + id, id);
    }

    /** JSON records as text cells: strings as they are, numbers and booleans as written, null as empty. */
    private static List<Map<String, String>> recordsOf(JsonArray array) {
        List<Map<String, String>> records = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue value = array.get(i);
            if (!(value instanceof JsonObject object)) {
                throw new ImportRefusedException(
                        "error.import.notAnObject", "Element " + i + " of the array is not a JSON object", i);
            }
            Map<String, String> record = new LinkedHashMap<>();
            for (var entry : object.entrySet()) {
                JsonValue cell = entry.getValue();
                String text =
                        switch (cell.getValueType()) {
                            case STRING -> ((JsonString) cell).getString();
                            case NULL -> "";
                            case NUMBER, TRUE, FALSE -> cell.toString();
                            default -> throw new ImportRefusedException(
                                    "error.import.notAValue",
                                    "Element " + i + ", property '" + entry.getKey()
                                            + "' must be a string, number or null",
                                    i,
                                    entry.getKey());
                        };
                record.put(entry.getKey(), text);
            }
            records.add(record);
        }
        return records;
    }
}
