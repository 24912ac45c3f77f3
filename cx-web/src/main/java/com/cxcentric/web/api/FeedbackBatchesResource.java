package com.cxcentric.web.api;

import com.cxcentric.outcomes.boundary.FeedbackIngestion;
import com.cxcentric.outcomes.boundary.FeedbackUploads;
import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Customer feedback from source systems: a batch is a JSON array of at most 10,000 records, keyed
 * by {@code ?source=} and each record's {@code externalId}. The answer is the batch's receipt.
 */
@Path("v1/feedback-batches")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class FeedbackBatchesResource {

    @Inject
    private FeedbackIngestion ingestion;

    @Inject
    private FeedbackUploads uploads;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.OUTCOMES_WRITE)
    @Operation(
            operationId = "sendFeedbackBatch",
            summary = "Ingests a JSON array of feedback records; 201 with the receipt (accepted, updated,"
                    + " duplicates, unattributed, rejected with index, field and reason).")
    public Response send(@QueryParam("source") @NotBlank String source, InputStream body) {
        JsonArray records;
        try (var reader = Json.createReader(body)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new BadRequestException("The body must be a JSON array of feedback records");
            }
            records = value.asJsonArray();
        } // a body that is not JSON: ApiExceptionMappers answers 400 naming its line and column
        FeedbackIngestion.Receipt receipt = ingestion.ingest(source, records);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(receipt.batchId()))
                        .replaceQuery(null)
                        .build())
                .entity(receipt)
                .build();
    }

    @POST
    @Consumes("text/csv")
    @RequiresScope(ApiScope.OUTCOMES_WRITE)
    @Operation(
            operationId = "uploadFeedbackCsv",
            summary = "Ingests a survey platform's CSV export as it comes (UTF-8, ',' or ';'), read with the source's"
                    + " saved mapping, else with the columns recognised by header or question text and the"
                    + " descriptive rows under the header skipped; 200 with the receipt, refused and repeated rows"
                    + " numbered by their row in the file (the header is row 1).")
    public FeedbackUploads.Receipt sendCsv(@QueryParam("source") @NotBlank String source, @NotNull byte[] file) {
        return uploads.upload(source, file, uploads.initialMapping(source, file));
    }

    @POST
    @Consumes("application/x-ndjson")
    @RequiresScope(ApiScope.OUTCOMES_WRITE)
    @Operation(
            operationId = "streamFeedback",
            summary = "Ingests NDJSON (one feedback record per line, any number of lines) in batches of 5,000, each"
                    + " its own transaction and receipt; rejections and repeats are numbered by their line in the"
                    + " stream (the first line is 1, blank lines count); 200 with all receipts.")
    public FeedbackIngestion.StreamReceipt stream(@QueryParam("source") @NotBlank String source, InputStream body) {
        return ingestion.ingestFeed(source, lines(body));
    }

    /** The stream's non-blank lines as numbered records, read as the ingestion asks for them. */
    private static Iterator<FeedbackIngestion.Numbered> lines(InputStream body) {
        var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        return new Iterator<>() {
            private int line;
            private FeedbackIngestion.Numbered next = read();

            private FeedbackIngestion.Numbered read() {
                try {
                    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                        line++;
                        if (!text.isBlank()) {
                            return new FeedbackIngestion.Numbered(line, lineValue(text));
                        }
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public FeedbackIngestion.Numbered next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                var current = next;
                next = read();
                return current;
            }
        };
    }

    /** A line's JSON value; a line that is not JSON becomes a text, which the record's check refuses. */
    private static JsonValue lineValue(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (RuntimeException notJson) {
            return Json.createValue("not JSON: " + (text.length() > 40 ? text.substring(0, 40) + "…" : text));
        }
    }

    @GET
    @RequiresScope(ApiScope.OUTCOMES_READ)
    @Operation(operationId = "listFeedbackBatches", summary = "Receipts of feedback batches, newest first; paged.")
    public Page<FeedbackIngestion.Receipt> list(@Valid @BeanParam PageParameters paging) {
        return ingestion.batches(paging.toRequest());
    }

    @GET
    @Path("{id}")
    @RequiresScope(ApiScope.OUTCOMES_READ)
    @Operation(
            operationId = "getFeedbackBatch",
            summary = "One batch's receipt with every refused record; 404 when unknown.")
    public FeedbackIngestion.Receipt get(@PathParam("id") long id) {
        return ingestion.batch(id);
    }
}
