package com.cxcentric.web.api;

import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Every kind of error the API answers with, one problem {@code type} URI each (RFC 9457). The
 * OpenAPI document lists them ({@link ProblemTypesInOpenApi}); a business refusal also names its
 * rule in the problem's {@code code} member (for example {@code coaching.future}).
 */
public enum ProblemType {
    MALFORMED_BODY(400, "Malformed body", "The body is not well-formed JSON (or CSV); 'detail' says where."),
    INVALID_FIELD_VALUE(
            400,
            "Invalid field value",
            "A field of the body has the wrong type or format (a text where a number or a date is expected);"
                    + " 'errors' names it."),
    MISSING_PARAMETER(400, "Missing parameter", "A required query parameter or body is missing; 'errors' names it."),
    INVALID_PARAMETER(400, "Invalid parameter", "A query or path parameter cannot be read as its type."),
    AUTHENTICATION_REQUIRED(401, "Authentication required", "Send an API token as 'Authorization: Bearer <token>'."),
    FORBIDDEN(403, "Forbidden", "Your roles, your token's scopes or the object's owner do not allow this call."),
    CROSS_SITE_REQUEST(
            403,
            "Cross-site request refused",
            "A state-changing call with the portal session came from another site, or without a JSON body or"
                    + " the header 'X-Requested-With'."),
    NOT_FOUND(404, "Not found", "No such resource, or no such endpoint."),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "The endpoint does not take this HTTP method."),
    NOT_ACCEPTABLE(406, "Not acceptable", "The endpoint cannot answer in the media type the Accept header asks for."),
    CONFLICT(
            409,
            "Conflict",
            "The request conflicts with the current state: a name or code already taken, a record changed since"
                    + " it was read (send the new version), or a step that the object's state does not allow."),
    BODY_TOO_LARGE(413, "Body too large", "The body is over the endpoint's size limit."),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "The endpoint does not take this Content-Type."),
    VALIDATION_FAILED(
            422,
            "Validation failed",
            "The body is well-formed but breaks a rule; 'errors' names each field at fault and 'code' the rule."),
    INTERNAL_ERROR(
            500,
            "Internal error",
            "Something failed on the server; 'instance' is the incident id under which the server logged it."),
    SERVICE_UNAVAILABLE(503, "Service unavailable", "The service cannot answer for now; retry after 'Retry-After'.");

    /** The namespace of the type URIs. */
    public static final String URI_PREFIX = "urn:cx-centric:problem:";

    private final int status;
    private final String title;
    private final String description;

    ProblemType(int status, String title, String description) {
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public String uri() {
        return URI_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Response.StatusType statusType() {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known : Problem.UNPROCESSABLE_CONTENT;
    }

    /** The type of a status another layer chose (JAX-RS itself, the container). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_BODY;
    }
}
