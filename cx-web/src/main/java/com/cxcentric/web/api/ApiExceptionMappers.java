package com.cxcentric.web.api;

import com.cxcentric.organization.control.ImportRefusedException;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into a problem+json response: validation errors name their
 * fields, business refusals their reason, and anything unexpected only an incident id (the stack
 * trace goes to the server log under that id, never to the client).
 */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    /**
     * Invalid parameters. A mapper of its own, because the JAX-RS runtime's bean validation mapper
     * is more specific than one for Throwable and would otherwise answer with an empty 400.
     */
    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException invalid) {
            return problemFor(invalid);
        }
    }

    @Override
    public Response toResponse(Throwable thrown) {
        return problemFor(thrown);
    }

    static Response problemFor(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof WebApplicationException web) {
            var status = web.getResponse().getStatusInfo();
            return Problem.response(status, status.getStatusCode() == 404 ? "No such resource." : web.getMessage());
        }
        if (cause instanceof ConstraintViolationException invalid) {
            List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                    .sorted((a, b) -> a.field().compareTo(b.field()))
                    .toList();
            return Problem.response(Response.Status.BAD_REQUEST, "The request has invalid fields.", errors);
        }
        if (cause instanceof com.cxcentric.platform.AccessDeniedException denied) {
            return Problem.response(Response.Status.FORBIDDEN, denied.getMessage());
        }
        if (cause instanceof ResourceNotFoundException missing) {
            return Problem.response(Response.Status.NOT_FOUND, missing.getMessage());
        }
        if (cause instanceof ImportRefusedException refused) {
            return Problem.response(Problem.UNPROCESSABLE_CONTENT, refused.getMessage());
        }
        if (cause instanceof com.cxcentric.segmentation.entity.InvalidRuleException invalid) {
            return Problem.response(
                    Problem.UNPROCESSABLE_CONTENT,
                    invalid.getMessage(),
                    List.of(new Problem.FieldError("rule", invalid.getMessage())));
        }
        if (cause instanceof RuleViolationException rule) {
            List<Problem.FieldError> errors = rule.getField() == null
                    ? List.of()
                    : List.of(new Problem.FieldError(rule.getField(), rule.getMessage()));
            return Problem.response(Response.Status.CONFLICT, rule.getMessage(), errors);
        }
        if (cause instanceof BusinessException business) {
            return Problem.response(Response.Status.CONFLICT, business.getMessage());
        }
        if (cause instanceof EJBAccessException) {
            return Problem.response(Response.Status.FORBIDDEN, "Your roles do not allow this call.");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident, thrown);
        return Problem.response(
                Response.Status.INTERNAL_SERVER_ERROR,
                "Unexpected error; incident " + incident + " is in the server log.");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current instanceof EJBException
                && !(current instanceof EJBAccessException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** The last node of the property path: the parameter or field name, not the method. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
