package com.cxcentric.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.cxcentric.security.boundary.MyAccount;
import com.cxcentric.web.templates.LocaleBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login page: authenticates through the application's mechanism and returns to where the user was going. */
@Named
@RequestScoped
public class LoginBacking {

    static final String HOME = "/home.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesMessages messages;

    @Inject
    private MyAccount myAccount;

    @Inject
    private LocaleBacking locale;

    private String username;
    private String password;
    private String next;
    private boolean loggedOut;

    public void login() throws IOException {
        var context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                myAccount.language().ifPresent(locale::adopt);
                external.redirect(request.getContextPath() + safeTarget(next));
            }
            case SEND_CONTINUE -> context.responseComplete();
            default -> messages.error("login.failed");
        }
    }

    /**
     * Only a path inside this application is followed after login; anything else (another host,
     * a scheme, a protocol-relative URL) goes to the home page.
     */
    static String safeTarget(String target) {
        if (target == null
                || !target.startsWith("/")
                || target.startsWith("//")
                || target.contains("\\")
                || target.contains("://")
                || target.startsWith("/login.xhtml")) {
            return HOME;
        }
        return target;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
