package com.cxcentric.security.boundary;

import com.cxcentric.security.control.PasswordHashing;
import com.cxcentric.security.control.SecuritySettings;
import com.cxcentric.security.entity.Role;
import com.cxcentric.security.entity.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Checks a username and password, applying the failed-login throttle. Open to everybody, since it
 * is what an anonymous caller uses to become somebody.
 */
@Stateless
@PermitAll
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    /** Who signed in, with the security groups to give the container. */
    public record Caller(String username, Set<String> groups, String language) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private SecuritySettings settings;

    /**
     * @return the caller when the password is right and the account enabled and not locked; empty
     *     otherwise, without saying which of these failed
     */
    public Optional<Caller> authenticate(String username, char[] password) {
        Instant now = Instant.now();
        Optional<UserAccount> found = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            passwords.verifyDecoy(password);
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!account.isEnabled() || account.isLockedAt(now)) {
            passwords.verifyDecoy(password);
            LOG.info(() ->
                    "Refused login of " + username + ": account " + (account.isEnabled() ? "locked" : "disabled"));
            return Optional.empty();
        }
        if (!passwords.verify(password, account.getPasswordHash())) {
            account.recordFailedLogin(now, settings.loginThrottle());
            if (account.isLockedAt(now)) {
                LOG.warning(() -> "Account " + username + " locked until " + account.getLockedUntil() + " after "
                        + account.getFailedLogins() + " failed logins");
            }
            return Optional.empty();
        }
        account.recordSuccessfulLogin(now);
        Set<String> groups = account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        return Optional.of(new Caller(account.getUsername(), groups, account.getLanguage()));
    }
}
