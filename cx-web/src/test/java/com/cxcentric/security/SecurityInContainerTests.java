package com.cxcentric.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.security.boundary.ApiTokenService;
import com.cxcentric.security.boundary.LoginService;
import com.cxcentric.security.control.PasswordHashing;
import com.cxcentric.security.control.TokenSecrets;
import com.cxcentric.security.entity.ApiScope;
import com.cxcentric.security.entity.ApiToken;
import com.cxcentric.security.entity.Role;
import com.cxcentric.security.entity.UserAccount;
import com.cxcentric.testsupport.InContainerTest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Logins, the failed-login throttle and API tokens, in the container against the real database. Run by {@code platform.InContainerIT}, which deploys once for every area. */
public interface SecurityInContainerTests extends InContainerTest {

    private LoginService logins() {
        return bean(LoginService.class);
    }

    private PasswordHashing passwords() {
        return bean(PasswordHashing.class);
    }

    private ApiTokenService tokens() {
        return bean(ApiTokenService.class);
    }

    private String newAccount(String password, Role... roles) throws Exception {
        String username = unique("it").toLowerCase();
        String hash = passwords().hash(password.toCharArray());
        inTransaction(() -> {
            em().persist(new UserAccount(username, hash, EnumSet.of(roles[0], roles)));
            return null;
        });
        return username;
    }

    @Test
    default void anAccountLinkedToNoEmployeeHasNoEmployeeRatherThanAnError() throws Exception {
        String username = newAccount("correct horse", Role.ADMIN);

        var employee = inTransaction(
                () -> bean(com.cxcentric.organization.control.Accounts.class).employeeOf(username));

        assertTrue(employee.isEmpty());
    }

    @Test
    default void rightPasswordSignsInWithTheRolesAsGroups() throws Exception {
        String username = newAccount("correct horse", Role.HR, Role.EMPLOYEE);

        var caller = logins().authenticate(username, "correct horse".toCharArray());

        assertTrue(caller.isPresent());
        assertEquals(Set.of("HR", "EMPLOYEE"), caller.get().groups());
    }

    @Test
    default void wrongPasswordAndUnknownUserAreRefused() throws Exception {
        String username = newAccount("correct horse", Role.EMPLOYEE);

        assertTrue(logins().authenticate(username, "wrong".toCharArray()).isEmpty());
        assertTrue(logins().authenticate(unique("nobody"), "correct horse".toCharArray())
                .isEmpty());
    }

    @Test
    default void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String username = newAccount("correct horse", Role.EMPLOYEE);

        for (int i = 0; i < 5; i++) {
            assertTrue(
                    logins().authenticate(username, ("guess" + i).toCharArray()).isEmpty());
        }

        assertTrue(
                logins().authenticate(username, "correct horse".toCharArray()).isEmpty(),
                "locked account let the right password in");
        UserAccount account = em().createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getSingleResult();
        assertTrue(account.isLockedAt(Instant.now()));
        assertEquals(5, account.getFailedLogins());
    }

    @Test
    default void aTokenAuthenticatesWithItsScopesUntilRevoked() throws Exception {
        String username = newAccount("irrelevant", Role.HR);
        String secret = TokenSecrets.newSecret();
        Long tokenId = inTransaction(() -> {
            UserAccount account = em().createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                    .setParameter("username", username)
                    .getSingleResult();
            var token = new ApiToken(
                    "it",
                    TokenSecrets.hash(secret),
                    TokenSecrets.displayPrefix(secret),
                    account,
                    EnumSet.of(ApiScope.DIRECTORY_READ),
                    "admin",
                    null);
            em().persist(token);
            em().flush();
            return token.getId();
        });

        var caller = tokens().authenticate(secret);
        assertTrue(caller.isPresent());
        assertEquals(username, caller.get().username());
        assertEquals(Set.of(ApiScope.DIRECTORY_READ), caller.get().scopes());
        assertEquals(Set.of("HR"), caller.get().groups());
        assertTrue(
                tokens().authenticate(secret.substring(0, secret.length() - 1) + "x")
                        .isEmpty(),
                "a different secret");

        inTransaction(() -> {
            em().find(ApiToken.class, tokenId).revoke("admin", Instant.now());
            return null;
        });
        assertTrue(tokens().authenticate(secret).isEmpty(), "revoked token still authenticates");
    }

    @Test
    default void theSecretIsNotStored() throws Exception {
        String username = newAccount("irrelevant", Role.HR);
        String secret = TokenSecrets.newSecret();
        inTransaction(() -> {
            UserAccount account = em().createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                    .setParameter("username", username)
                    .getSingleResult();
            em().persist(new ApiToken(
                    "it",
                    TokenSecrets.hash(secret),
                    TokenSecrets.displayPrefix(secret),
                    account,
                    EnumSet.of(ApiScope.REFERENCE_READ),
                    "admin",
                    null));
            return null;
        });
        try (var connection = dataSource().getConnection();
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM api_token WHERE secret_hash = ? OR secret_prefix = ?")) {
            statement.setString(1, secret);
            statement.setString(2, secret);
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
        }
    }
}
