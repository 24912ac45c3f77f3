package com.cxcentric.web.templates;

import com.cxcentric.security.boundary.MyAccount;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The portal language of this session: the browser's preference at first, then the signed-in
 * person's last choice, which a change of language also remembers.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> SUPPORTED = List.of("en", "nl", "id");

    @Inject
    private MyAccount myAccount;

    private String language;

    public String getLanguage() {
        if (language == null) {
            var context = FacesContext.getCurrentInstance();
            Locale requested = context == null
                    ? Locale.ENGLISH
                    : context.getExternalContext().getRequestLocale();
            language = SUPPORTED.contains(requested.getLanguage()) ? requested.getLanguage() : "en";
        }
        return language;
    }

    public void setLanguage(String language) {
        if (SUPPORTED.contains(language)) {
            this.language = language;
        }
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getLanguage());
    }

    public List<String> getSupported() {
        return SUPPORTED;
    }

    /** After a change in the selector: remember it for a signed-in person and show the page again in that language. */
    public void changeLanguage() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getUserPrincipal() != null) {
            myAccount.changeLanguage(getLanguage());
        }
        var request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        String url = request.getRequestURI() + (query == null ? "" : "?" + query);
        external.redirect(url);
    }

    /** Takes over the language a person chose in an earlier session. */
    public void adopt(String accountLanguage) {
        setLanguage(accountLanguage);
    }
}
