package com.cxcentric.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of an API request's body once the call is answered. A body
 * refused at its first bytes (not JSON, the wrong shape) would otherwise still be on its way when
 * the answer goes out; the server would then close the connection under a client that is still
 * sending, and that client would never see why it was refused. The body reader closing the stream
 * early is what usually causes it, so closing drains too. At most {@link #MAX_DRAINED_BYTES} are
 * read: past that the connection is closed as before.
 */
@WebFilter(filterName = "RefusedBodyDrain", urlPatterns = "/api/*")
public class RefusedBodyDrain extends HttpFilter {

    static final long MAX_DRAINED_BYTES = 128L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() == 0 || "GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        var draining = new Draining(request);
        try {
            chain.doFilter(draining, response);
        } finally {
            draining.drain();
        }
    }

    /** Reads and drops at most {@code max} bytes of a body, or what is left of it; a client gone is no error. */
    public static void drain(InputStream body, long max) {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try {
            for (int n = body.read(buffer); n >= 0 && read < max; n = body.read(buffer)) {
                read += n;
            }
        } catch (IOException gone) {
            // the client went away
        }
    }

    private static final class Draining extends HttpServletRequestWrapper {

        private DrainingStream stream;

        Draining(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new DrainingStream(super.getInputStream());
            }
            return stream;
        }

        void drain() {
            try {
                getInputStream();
                stream.drain();
            } catch (IOException | IllegalStateException gone) {
                // read as characters, or the client went away: nothing to drain
            }
        }
    }

    private static final class DrainingStream extends ServletInputStream {

        private final ServletInputStream body;
        private boolean drained;

        DrainingStream(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            return body.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return body.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }

        /** Drains instead of closing: the container closes the stream itself at the end of the request. */
        @Override
        public void close() {
            drain();
        }

        void drain() {
            if (!drained) {
                drained = true;
                RefusedBodyDrain.drain(body, MAX_DRAINED_BYTES);
            }
        }
    }
}
