package com.cxcentric.web;

import com.cxcentric.web.api.RefusedBodyDrain;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A portal upload larger than the Faces servlet's {@code multipart-config} would make the container
 * refuse the whole request, and the person would see the generic error page. This filter answers
 * such a post first: it drops the body and sends the browser back to the page it came from with
 * {@code ?upload=too-large}, where the layout explains the limit ({@code layout.uploadTooLarge}). The
 * applications' own, smaller limits (an import's {@code cx.import.max-bytes}, a lesson file's 10
 * MB) are explained by the page as before.
 */
@WebFilter(filterName = "UploadLimit", urlPatterns = "*.xhtml")
public class UploadLimit extends HttpFilter {

    /** The Faces servlet's {@code max-request-size} in web.xml; a unit test keeps the two equal. */
    public static final long MAX_REQUEST_BYTES = 68_157_440L;

    /** What the person reads: the limit in whole megabytes. */
    public static final long MAX_REQUEST_MEGABYTES = MAX_REQUEST_BYTES / (1024 * 1024);

    /** Past this much the body is not read to the end; the connection is closed instead. */
    static final long MAX_DRAINED_BYTES = 8 * MAX_REQUEST_BYTES;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!tooLarge(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() <= MAX_DRAINED_BYTES) {
            RefusedBodyDrain.drain(request.getInputStream(), MAX_DRAINED_BYTES);
        }
        String back = request.getRequestURI() + "?upload=too-large";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream()
                    .write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + back
                                    + "\"/></partial-response>")
                            .getBytes(StandardCharsets.UTF_8));
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", back);
        }
    }

    static boolean tooLarge(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > MAX_REQUEST_BYTES;
    }
}
