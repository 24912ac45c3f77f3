package com.cxcentric.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SMTP settings from MicroProfile Config. Without {@code cx.mail.host} mail is off and the portal
 * says so; notifications are then only shown in the portal.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "cx.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "cx.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "cx.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "cx.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "cx.mail.from", defaultValue = "cx-centric@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "cx.mail.starttls", defaultValue = "true")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "cx.portal.url", defaultValue = "http://localhost:8080/cx")
    String portalUrl;

    /** The portal's address as people reach it, for links in mail; no trailing slash. */
    public String portalUrl() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    public boolean isEnabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public Optional<String> host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Optional<String> username() {
        return username;
    }

    public Optional<String> password() {
        return password;
    }

    public String from() {
        return from;
    }

    public boolean startTls() {
        return startTls;
    }

    /** Where mail goes, for the status page; never the password. */
    public String describe() {
        return host.map(h -> h + ":" + port + " from " + from).orElse("off");
    }
}
