package com.cxcentric.web.api;

import com.cxcentric.outcomes.boundary.FeedbackIngestion;
import com.cxcentric.platform.Page;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.Valid;
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
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Customer feedback from source systems: a batch is a JSON array of at most 10,000 records, keyed
 * by {@code ?source=} and each record's {@code externalId}. The answer is the batch's receipt.
 */
@Path("v1/feedback-batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class FeedbackBatchesResource {

    @Inject
    private FeedbackIngestion ingestion;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(ApiScope.OUTCOMES_WRITE)
    @Operation(
            operationId = "sendFeedbackBatch",
            summary = "Ingests a JSON array of feedback records; 201 with the receipt (accepted, updated,"
                    + " duplicates, unattributed, rejected with index, field and reason).")
    public Response send(@QueryParam("source") String source, InputStream body) {
        JsonArray records;
        try (var reader = Json.createReader(body)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new BadRequestException("The body must be a JSON array of feedback records");
            }
            records = value.asJsonArray();
        } catch (JsonParsingException malformed) {
            throw new BadRequestException("The body is not JSON: " + malformed.getMessage());
        }
        FeedbackIngestion.Receipt receipt = ingestion.ingest(source, records);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(receipt.batchId()))
                        .replaceQuery(null)
                        .build())
                .entity(receipt)
                .build();
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
