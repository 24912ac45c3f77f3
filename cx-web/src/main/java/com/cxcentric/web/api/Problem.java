package com.cxcentric.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * An RFC 9457 problem document: its {@link ProblemType}'s URI and title, an incident id as
 * {@code instance} (the server log names the same id), the business rule's {@code code} when a
 * rule refused the call, and the invalid fields when input was refused.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "code", "errors"})
public record Problem(
        String type, String title, int status, String detail, String instance, String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** 422: well-formed, but its content cannot be processed (RFC 9110); JAX-RS 3.1 has no constant for it. */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    /** One refused input: where, and why. */
    public record FieldError(String field, String message) {}

    /** A new incident id, as a URN so that it is a valid {@code instance} URI reference. */
    public static String newInstance() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    public static Response response(ProblemType type, String detail) {
        return response(type, detail, null, List.of());
    }

    public static Response response(ProblemType type, String detail, List<FieldError> errors) {
        return response(type, detail, null, errors);
    }

    public static Response response(ProblemType type, String detail, String code, List<FieldError> errors) {
        return response(type, newInstance(), detail, code, errors);
    }

    public static Response response(
            ProblemType type, String instance, String detail, String code, List<FieldError> errors) {
        var problem = new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail,
                instance,
                code,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(type.statusType())
                .type(PROBLEM_JSON)
                .entity(problem)
                .build();
    }
}
