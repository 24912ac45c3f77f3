package com.cxcentric.security.control;

import com.cxcentric.security.entity.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The security settings from MicroProfile Config. */
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "cx.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "cx.login.lock-minutes", defaultValue = "5")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "cx.login.max-lock-minutes", defaultValue = "60")
    int maxLockMinutes;

    public LoginThrottle loginThrottle() {
        return new LoginThrottle(maxFailures, Duration.ofMinutes(lockMinutes), Duration.ofMinutes(maxLockMinutes));
    }
}
