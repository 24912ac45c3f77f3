package com.cxcentric.web.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.net.MalformedURLException;

/**
 * /error/403.xhtml. Deny-by-default answers 403 for every address no security constraint names,
 * including addresses that do not exist; a page that is not there is told as "not found" (404), so
 * nobody is told they lack a right to something that does not exist.
 */
@Named
@RequestScoped
public class ForbiddenBacking {

    private Boolean missing;

    /** Whether the refused address names no page or file of the portal at all. */
    public boolean isMissing() {
        if (missing == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
            String context = external.getRequestContextPath();
            String path = uri == null ? null : uri.toString();
            if (path != null && path.startsWith(context)) {
                path = path.substring(context.length());
            }
            missing = path != null && !path.startsWith("/api/") && !exists(external, path);
        }
        return missing;
    }

    /** Sets the answer's status before the page renders: 404 for a page that does not exist. */
    public void answer() {
        if (isMissing()) {
            ((HttpServletResponse) FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getResponse())
                    .setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static boolean exists(ExternalContext external, String path) {
        try {
            return external.getResource(path) != null;
        } catch (MalformedURLException notAPath) {
            return false;
        }
    }
}
