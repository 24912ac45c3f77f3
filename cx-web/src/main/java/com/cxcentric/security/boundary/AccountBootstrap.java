package com.cxcentric.security.boundary;

import com.cxcentric.security.control.PasswordHashing;
import com.cxcentric.security.control.TokenSecrets;
import com.cxcentric.security.entity.Role;
import com.cxcentric.security.entity.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure an empty installation can be administered: on first start, with no account at all,
 * creates one ADMIN from {@code cx.admin.password}, or with a generated password that is logged
 * once. Called by the start-up sequence only.
 */
@Stateless
@PermitAll
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
    private static final int MIN_PASSWORD_LENGTH = 4;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    @ConfigProperty(name = "cx.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "cx.admin.password")
    Optional<String> adminPassword;

    /** @return true when the administrator was created by this call */
    public boolean ensureAdministrator() {
        long accounts = em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
        if (accounts > 0) {
            return false;
        }
        String password =
                adminPassword.filter(p -> p.length() >= MIN_PASSWORD_LENGTH).orElse(null);
        if (adminPassword.isPresent() && password == null) {
            LOG.warning(
                    "cx.admin.password is shorter than " + MIN_PASSWORD_LENGTH + " characters; generating one instead");
        }
        boolean generated = password == null;
        if (generated) {
            password =
                    TokenSecrets.newSecret().substring(TokenSecrets.PREFIX.length(), TokenSecrets.PREFIX.length() + 20);
        }
        em.persist(new UserAccount(adminUsername, passwords.hash(password.toCharArray()), EnumSet.of(Role.ADMIN)));
        if (generated) {
            LOG.warning(
                    "Created the first administrator '" + adminUsername + "' with the generated password " + password
                            + " . It is shown only this once: sign in and keep it safe, or set CX_ADMIN_PASSWORD before the first start.");
        } else {
            LOG.info(
                    "Created the first administrator '" + adminUsername + "' with the password from cx.admin.password");
        }
        return true;
    }
}
