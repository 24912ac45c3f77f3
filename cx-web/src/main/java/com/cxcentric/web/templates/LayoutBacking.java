package com.cxcentric.web.templates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Sign-out from the header of every page. */
@Named
@RequestScoped
public class LayoutBacking {

    public void logout() throws ServletException, IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
    }
}
