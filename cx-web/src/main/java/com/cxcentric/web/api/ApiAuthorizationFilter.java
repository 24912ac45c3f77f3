package com.cxcentric.web.api;

import com.cxcentric.security.boundary.PortalAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/**
 * Deny by default: an endpoint answers only when it declares who may call it ({@code @RolesAllowed}
 * or {@code @PermitAll} on the method or its class), the caller holds one of those roles, and a
 * token caller's token carries the endpoint's {@link RequiresScope}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAuthorizationFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // no endpoint matched: JAX-RS answers 404/405 itself
        }
        Class<?> type = resource.getResourceClass();
        if (declared(method, type, PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : type.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            context.abortWith(Problem.response(ProblemType.FORBIDDEN, "This endpoint declares no access rule."));
            return;
        }
        var security = context.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            context.abortWith(Problem.response(ProblemType.AUTHENTICATION_REQUIRED, "Authentication required."));
            return;
        }
        if (Arrays.stream(roles.value()).noneMatch(security::isUserInRole)) {
            context.abortWith(Problem.response(ProblemType.FORBIDDEN, "Your roles do not allow this call."));
            return;
        }
        if (request.getAttribute(PortalAuthenticationMechanism.TOKEN_SCOPES_ATTRIBUTE) instanceof Set<?> scopes) {
            RequiresScope required = method.isAnnotationPresent(RequiresScope.class)
                    ? method.getAnnotation(RequiresScope.class)
                    : type.getAnnotation(RequiresScope.class);
            if (required == null) {
                context.abortWith(
                        Problem.response(ProblemType.FORBIDDEN, "This endpoint cannot be called with an API token."));
            } else if (!scopes.contains(required.value())) {
                context.abortWith(Problem.response(
                        ProblemType.FORBIDDEN,
                        "The token lacks the scope '" + required.value().value() + "'."));
            }
        }
    }

    private static boolean declared(Method method, AnnotatedElement type, Class<PermitAll> annotation) {
        return method.isAnnotationPresent(annotation)
                || (type.isAnnotationPresent(annotation) && !method.isAnnotationPresent(RolesAllowed.class));
    }
}
