package com.cxcentric.web.templates;

import com.cxcentric.web.UploadLimit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Sign-out from the header of every page, and what the layout tells about every page. */
@Named
@RequestScoped
public class LayoutBacking {

    /** The largest upload the portal takes in one request, for the message after a refused one. */
    public long getMaxUploadMegabytes() {
        return UploadLimit.MAX_REQUEST_MEGABYTES;
    }

    public void logout() throws ServletException, IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
    }
}
