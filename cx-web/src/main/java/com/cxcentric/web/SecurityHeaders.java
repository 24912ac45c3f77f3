package com.cxcentric.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser security headers of every response. Faces pages get their Content-Security-Policy
 * from PrimeFaces' CSP mode (a fresh script nonce per page, {@code primefaces.CSP_POLICY} in
 * web.xml); every other response (API answers, downloads) gets {@link #API_POLICY}, which lets
 * nothing run. Nothing but the static theme resources may be kept in a cache: pages, API answers
 * and downloads carry personal data.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    /** For responses that are data, not pages: nothing loads, nothing runs, nobody frames them. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    /** Browser features the portal never uses, switched off for it and anything it could embed. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!isStaticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (!isPage(path) && !isStaticResource(path)) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        chain.doFilter(request, response);
    }

    /** Theme, script and style files: the same for everyone, safe to cache. */
    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/");
    }

    /** A Faces page (or the context root, which shows the home page): PrimeFaces sets its policy. */
    static boolean isPage(String path) {
        return path.endsWith(".xhtml") || path.equals("/") || path.isEmpty();
    }
}
