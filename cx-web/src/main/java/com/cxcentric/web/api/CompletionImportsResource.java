package com.cxcentric.web.api;

import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import com.cxcentric.training.boundary.TrainingHistory;
import com.cxcentric.training.entity.CompletionImport;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Past course completions from an earlier learning system (HR and administrators): the same CSV
 * export the portal's training history page takes, previewed ({@code dryRun=true}) or imported.
 * The same file twice creates nothing the second time.
 */
@Path("v1/training/completion-imports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class CompletionImportsResource {

    public record RefusedRow(int row, String field, String reason, String line) {}

    public record OutcomeView(
            Long id,
            String source,
            String fileName,
            boolean dryRun,
            int rows,
            int created,
            int unchanged,
            int notPassed,
            List<RefusedRow> refused) {}

    @Inject
    private TrainingHistory history;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(EmployeeImportsResource.CSV)
    @RequiresScope(ApiScope.TRAINING_WRITE)
    @Operation(
            operationId = "importCompletionsCsv",
            summary = "Past completions as an earlier learning system exports them (UTF-8 CSV, ';' or ',', a header"
                    + " naming employee number, course code, completed on and optionally score, passed, source):"
                    + " dryRun=true says what would happen; otherwise 201 with the receipt. Each bad row is refused"
                    + " on its own with its row (the header is row 1), field and reason; the same file again creates"
                    + " nothing.")
    public Response importCsv(
            @QueryParam("source") @NotBlank @Size(max = CompletionImport.SOURCE_LENGTH) String source,
            @QueryParam("fileName") @Size(max = 255) String fileName,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @NotNull byte[] file) {
        if (dryRun) {
            return Response.ok(view(history.preview(source, fileName, file), true))
                    .build();
        }
        var outcome = history.importFile(source, fileName, file);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(outcome.importId()))
                        .build())
                .entity(view(outcome, false))
                .build();
    }

    @GET
    @RequiresScope(ApiScope.TRAINING_READ)
    @Operation(
            operationId = "listCompletionImports",
            summary = "Imports of training history, newest first, with their counts; paged.")
    public Page<TrainingHistory.ImportSummary> list(@Valid @BeanParam PageParameters paging) {
        return history.imports(paging.toRequest());
    }

    /** The outcome with each refusal's reason in English, as problem details are written. */
    static OutcomeView view(TrainingHistory.Outcome outcome, boolean dryRun) {
        ResourceBundle texts = ResourceBundle.getBundle(FacesMessages.BUNDLE, Locale.ENGLISH);
        return new OutcomeView(
                outcome.importId(),
                outcome.source(),
                outcome.fileName(),
                dryRun,
                outcome.rows(),
                outcome.created(),
                outcome.unchanged(),
                outcome.notPassed(),
                outcome.refused().stream()
                        .map(r -> new RefusedRow(
                                r.row(),
                                r.field(),
                                new MessageFormat(texts.getString(r.reasonKey()), Locale.ENGLISH)
                                        .format(r.arguments().toArray()),
                                r.line()))
                        .toList());
    }
}
