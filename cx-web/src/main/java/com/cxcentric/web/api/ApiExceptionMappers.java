package com.cxcentric.web.api;

import com.cxcentric.platform.AccessDeniedException;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.imports.ImportRefusedException;
import com.cxcentric.segmentation.entity.InvalidRuleException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every failure of an API call into a problem+json response with a specific
 * {@link ProblemType}: a body that is not JSON or has a field of the wrong type is the client's
 * (400, naming the line or the field), invalid content 422 naming each field, a clash with the
 * current state 409, and anything unexpected 500 with only an incident id (the stack trace goes to
 * the server log under that id). No message names a library class.
 */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    /** Yasson names the property it could not read: "Unable to deserialize property 'observedOn' ...". */
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    /** Constraints whose violation on a parameter means it was not sent at all. */
    private static final Set<String> PRESENCE = Set.of("NotNull", "NotBlank", "NotEmpty");

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
        Response body = unreadableBody(cause);
        if (body != null) {
            return body;
        }
        if (cause instanceof WebApplicationException web) {
            return fromStatus(web);
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return invalidFields(invalid);
        }
        if (cause instanceof AccessDeniedException denied) {
            return Problem.response(ProblemType.FORBIDDEN, denied.getMessage(), code(denied), List.of());
        }
        if (cause instanceof ResourceNotFoundException missing) {
            return Problem.response(ProblemType.NOT_FOUND, missing.getMessage(), code(missing), List.of());
        }
        if (cause instanceof ImportRefusedException refused) {
            return Problem.response(ProblemType.VALIDATION_FAILED, refused.getMessage(), code(refused), List.of());
        }
        if (cause instanceof InvalidRuleException invalid) {
            return Problem.response(
                    ProblemType.VALIDATION_FAILED,
                    invalid.getMessage(),
                    code(invalid),
                    List.of(new Problem.FieldError("rule", invalid.getMessage())));
        }
        if (cause instanceof RuleViolationException rule) {
            List<Problem.FieldError> errors = rule.getField() == null
                    ? List.of()
                    : List.of(new Problem.FieldError(rule.getField(), rule.getMessage()));
            ProblemType type = rule instanceof ConflictException ? ProblemType.CONFLICT : ProblemType.VALIDATION_FAILED;
            return Problem.response(type, rule.getMessage(), code(rule), errors);
        }
        if (cause instanceof BusinessException business) {
            return Problem.response(ProblemType.CONFLICT, business.getMessage(), code(business), List.of());
        }
        if (cause instanceof OptimisticLockException) {
            return Problem.response(
                    ProblemType.CONFLICT, "The record was changed by someone else meanwhile; read it again.");
        }
        if (cause instanceof EJBAccessException) {
            return Problem.response(ProblemType.FORBIDDEN, "Your roles do not allow this call.");
        }
        String incident = Problem.newInstance();
        LOG.log(Level.SEVERE, "API incident " + incident, thrown);
        return Problem.response(
                ProblemType.INTERNAL_ERROR,
                incident,
                "Unexpected error; incident " + incident + " is in the server log.",
                null,
                List.of());
    }

    /**
     * A body the JSON reader or binder could not read, wherever in the chain of causes it shows:
     * the runtime wraps the reader's failure in its own exceptions.
     */
    private static Response unreadableBody(Throwable thrown) {
        List<Throwable> causes = causes(thrown);
        for (Throwable t : causes) {
            if (t instanceof JsonParsingException malformed) {
                var at = malformed.getLocation();
                String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
                return Problem.response(ProblemType.MALFORMED_BODY, "The body is not well-formed JSON" + where + ".");
            }
        }
        if (causes.stream().anyMatch(t -> t instanceof JsonbException || t instanceof JsonException)) {
            return wrongField(causes);
        }
        if (thrown instanceof ProcessingException && causes.stream().anyMatch(t -> t instanceof ClassCastException)) {
            return Problem.response(ProblemType.MALFORMED_BODY, "The body is JSON of the wrong shape.");
        }
        if (causes.stream().anyMatch(ApiExceptionMappers::thrownByTheJsonReader)) {
            // Parsson refuses deep nesting with a plain RuntimeException
            return Problem.response(
                    ProblemType.MALFORMED_BODY, "The body is not JSON the API can read (nested too deeply?).");
        }
        if (thrown instanceof ProcessingException) {
            return Problem.response(ProblemType.MALFORMED_BODY, "The body could not be read.");
        }
        return null;
    }

    /** The exception and its causes, outermost first. */
    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static boolean thrownByTheJsonReader(Throwable thrown) {
        StackTraceElement[] trace = thrown.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.eclipse.parsson.");
    }

    /** The dotted path of the properties the binder names, outermost first ("checks.GAP_QUESTION"). */
    private static Response wrongField(List<Throwable> causes) {
        var path = new ArrayList<String>();
        for (Throwable t : causes) {
            Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            while (property.find()) {
                if (!path.contains(property.group(1))) {
                    path.add(property.group(1));
                }
            }
        }
        if (path.isEmpty()) {
            return Problem.response(ProblemType.MALFORMED_BODY, "The body does not have the expected JSON shape.");
        }
        String field = String.join(".", path);
        return Problem.response(
                ProblemType.INVALID_FIELD_VALUE,
                "Field '" + field + "' has the wrong type or format.",
                List.of(new Problem.FieldError(field, "wrong type or format")));
    }

    /** A status JAX-RS (or a resource) chose; a query parameter it could not convert is the client's. */
    private static Response fromStatus(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        if (status == 404 && web.getClass().getName().contains("ParamException")) {
            return Problem.response(ProblemType.INVALID_PARAMETER, "A parameter cannot be read as its type.");
        }
        if (web instanceof ParameterException parameter) {
            return Problem.response(
                    parameter.isMissing() ? ProblemType.MISSING_PARAMETER : ProblemType.INVALID_PARAMETER,
                    parameter.getMessage(),
                    List.of(new Problem.FieldError(parameter.parameter(), parameter.getMessage())));
        }
        if (web instanceof BadRequestException
                && web.getMessage() != null
                && !web.getMessage().startsWith("HTTP ")) {
            return Problem.response(ProblemType.MALFORMED_BODY, web.getMessage());
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = status == 404 ? "No such resource." : type.title() + ".";
        return Problem.response(type, detail);
    }

    /** A required parameter that was not sent is a 400; everything else bean validation refuses is a 422. */
    private static Response invalidFields(ConstraintViolationException invalid) {
        List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        boolean missing = !invalid.getConstraintViolations().isEmpty()
                && invalid.getConstraintViolations().stream().allMatch(ApiExceptionMappers::absentParameter);
        return missing
                ? Problem.response(ProblemType.MISSING_PARAMETER, "A required parameter is missing.", errors)
                : Problem.response(ProblemType.VALIDATION_FAILED, "The request has invalid fields.", errors);
    }

    private static boolean absentParameter(ConstraintViolation<?> violation) {
        boolean parameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            parameter = node.getKind() == ElementKind.PARAMETER;
        }
        String constraint = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return parameter && PRESENCE.contains(constraint) && isBlank(violation.getInvalidValue());
    }

    private static boolean isBlank(Object value) {
        return value == null
                || (value instanceof CharSequence text && text.toString().isBlank());
    }

    private static String code(BusinessException refusal) {
        String key = refusal.getMessageKey();
        return key == null ? null : key.replaceFirst("^error\\.", "");
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
