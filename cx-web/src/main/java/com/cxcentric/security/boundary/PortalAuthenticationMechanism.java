package com.cxcentric.security.boundary;

import com.cxcentric.security.boundary.ApiTokenService.TokenCaller;
import com.cxcentric.security.control.SessionCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * The one authentication mechanism of the application:
 * <ul>
 *   <li>REST calls under {@code /api/} may carry {@code Authorization: Bearer <token>}; a valid
 *       token authenticates that request only (no session), with its scopes put on the request;
 *   <li>the portal login page authenticates a username and password through the identity store
 *       and remembers the caller in the HTTP session, under a new session id;
 *   <li>an unauthenticated request for a protected page is redirected to the login page, and for a
 *       protected API resource answered 401 with a problem document.
 * </ul>
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the scopes of a token-authenticated request. */
    public static final String TOKEN_SCOPES_ATTRIBUTE = "com.cxcentric.security.tokenScopes";

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String HOME_PAGE = "/home.xhtml";
    private static final String BEARER = "Bearer ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private ApiTokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if ("/".equals(pathOf(request))) {
            // The bare context root leads to the home page (which sends strangers on to the login).
            return context.redirect(request.getContextPath() + HOME_PAGE);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null) {
            return authenticateToken(authorization, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return authenticateLogin(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionCaller.ATTRIBUTE) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.username(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(
                    response,
                    context,
                    "Authentication required",
                    "Send an API token as 'Authorization: Bearer <token>'.",
                    null);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + encode(originalTarget(request)));
    }

    private AuthenticationStatus authenticateToken(
            String authorization, HttpServletResponse response, HttpMessageContext context) {
        Optional<TokenCaller> caller = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.authenticate(authorization.substring(BEARER.length()).strip())
                : Optional.empty();
        if (caller.isEmpty()) {
            return unauthorized(
                    response,
                    context,
                    "Invalid token",
                    "The bearer token is unknown, revoked or expired.",
                    "invalid_token");
        }
        context.getRequest().setAttribute(TOKEN_SCOPES_ATTRIBUTE, caller.get().scopes());
        return context.notifyContainerAboutLogin(
                caller.get().username(), caller.get().groups());
    }

    private AuthenticationStatus authenticateLogin(
            Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // SEND_FAILURE without an error page: the login page shows its own message.
            return context.notifyContainerAboutLogin(result);
        }
        // A new session id on login defeats session fixation.
        request.getSession(true);
        request.changeSessionId();
        request.getSession()
                .setAttribute(
                        SessionCaller.ATTRIBUTE,
                        new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionCaller.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static AuthenticationStatus unauthorized(
            HttpServletResponse response, HttpMessageContext context, String title, String detail, String error) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(
                    "WWW-Authenticate",
                    error == null ? "Bearer realm=\"cx\"" : "Bearer realm=\"cx\", error=\"" + error + "\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"urn:cx-centric:problem:authentication-required\",\"title\":\"" + title
                            + "\",\"status\":401,\"detail\":\"" + detail + "\",\"instance\":\"urn:uuid:"
                            + UUID.randomUUID() + "\"}");
        } catch (IOException e) {
            // The client went away; the status is all it could have had anyway.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return pathOf(request).startsWith("/api/");
    }

    /** The request path inside the application, for example {@code /home.xhtml}. */
    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The path and query the user asked for, relative to the application, for the return after login. */
    private static String originalTarget(HttpServletRequest request) {
        String path = pathOf(request);
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
