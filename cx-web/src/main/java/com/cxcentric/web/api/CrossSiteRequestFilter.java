package com.cxcentric.web.api;

import com.cxcentric.security.boundary.PortalAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * A state-changing call that rides on the portal's session cookie must prove it was not sent by
 * another site. Browsers attach the cookie to a form another site posts here, so such a call is
 * refused when it comes from a foreign {@code Origin} (or {@code Sec-Fetch-Site: cross-site}),
 * or when it is something a plain HTML form can send (no content type, a form encoding or
 * {@code text/plain}) without the custom header {@value #CUSTOM_HEADER}, which no cross-site
 * request can carry without the browser asking first. Calls with an API token carry no ambient
 * credential and pass. Runs before the endpoint is matched, so that such a call is refused the same
 * way whatever media type the endpoint takes.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    public static final String CUSTOM_HEADER = "X-Requested-With";

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /** What an HTML form can send across sites without a CORS preflight. */
    private static final Set<String> FORM_TYPES =
            Set.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE_METHODS.contains(context.getMethod()) || calledWithToken()) {
            return;
        }
        String origin = context.getHeaderString("Origin");
        if ((origin != null && !sameOrigin(origin, context.getHeaderString(HttpHeaders.HOST)))
                || "cross-site".equalsIgnoreCase(context.getHeaderString("Sec-Fetch-Site"))) {
            context.abortWith(Problem.response(
                    ProblemType.CROSS_SITE_REQUEST,
                    "A call from another site cannot use your portal session; use an API token."));
            return;
        }
        if (formLike(context.getMediaType()) && context.getHeaderString(CUSTOM_HEADER) == null) {
            context.abortWith(Problem.response(
                    ProblemType.CROSS_SITE_REQUEST,
                    "A call with the portal session must send a JSON (or CSV) body or the header '" + CUSTOM_HEADER
                            + "'."));
        }
    }

    private boolean calledWithToken() {
        return request.getAttribute(PortalAuthenticationMechanism.TOKEN_SCOPES_ATTRIBUTE) != null;
    }

    static boolean formLike(MediaType type) {
        return type == null || FORM_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
    }

    /** The Origin names this server when its host and port are the ones the request was sent to. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null || "null".equals(origin)) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host) || withDefaultPort(uri).equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static String withDefaultPort(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }
}
