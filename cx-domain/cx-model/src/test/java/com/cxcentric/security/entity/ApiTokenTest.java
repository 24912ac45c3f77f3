package com.cxcentric.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final UserAccount account = new UserAccount("crm-sync", "hash", EnumSet.of(Role.HR));

    private ApiToken token(Instant expiresAt) {
        return new ApiToken(
                "CRM sync",
                "a".repeat(64),
                "cxt_abcd",
                account,
                EnumSet.of(ApiScope.DIRECTORY_READ),
                "admin",
                expiresAt);
    }

    @Test
    void isActiveUntilItExpires() {
        var token = token(NOW.plusSeconds(60));

        assertTrue(token.isActiveAt(NOW));
        assertFalse(token.isActiveAt(NOW.plusSeconds(60)));
    }

    @Test
    void isInactiveOnceRevokedAndKeepsTheFirstRevocation() {
        var token = token(null);

        token.revoke("admin", NOW);
        token.revoke("someone-else", NOW.plusSeconds(5));

        assertFalse(token.isActiveAt(NOW.plusSeconds(1)));
        assertEquals("admin", token.getRevokedBy());
        assertEquals(NOW, token.getRevokedAt());
    }

    @Test
    void isInactiveWhenItsAccountIsDisabled() {
        var token = token(null);

        account.setEnabled(false);

        assertFalse(token.isActiveAt(NOW));
    }

    @Test
    void needsAtLeastOneScope() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ApiToken("x", "h", "p", account, EnumSet.noneOf(ApiScope.class), "admin", null));
    }

    @Test
    void scopesReadFromTheirWrittenForm() {
        assertEquals(Optional.of(ApiScope.DIRECTORY_READ), ApiScope.fromValue("directory:read"));
        assertEquals(Optional.of(ApiScope.DIRECTORY_WRITE), ApiScope.fromValue("directory:write"));
        assertEquals(Optional.empty(), ApiScope.fromValue("directory:delete"));
    }
}
