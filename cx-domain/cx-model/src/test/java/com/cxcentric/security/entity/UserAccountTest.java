package com.cxcentric.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(5), Duration.ofHours(1));
    private final UserAccount account = new UserAccount("dewi", "hash", EnumSet.of(Role.EMPLOYEE));

    @Test
    void locksAfterTheThirdFailureInARow() {
        account.recordFailedLogin(NOW, throttle);
        account.recordFailedLogin(NOW, throttle);
        assertFalse(account.isLockedAt(NOW));

        account.recordFailedLogin(NOW, throttle);

        assertTrue(account.isLockedAt(NOW.plusSeconds(299)));
        assertFalse(account.isLockedAt(NOW.plusSeconds(300)));
    }

    @Test
    void successfulLoginResetsTheCountAndRecordsTheTime() {
        account.recordFailedLogin(NOW, throttle);
        account.recordFailedLogin(NOW, throttle);

        account.recordSuccessfulLogin(NOW);

        assertEquals(0, account.getFailedLogins());
        assertEquals(NOW, account.getLastLoginAt());
        account.recordFailedLogin(NOW, throttle);
        assertFalse(account.isLockedAt(NOW));
    }

    @Test
    void unlockLiftsTheLock() {
        for (int i = 0; i < 3; i++) {
            account.recordFailedLogin(NOW, throttle);
        }

        account.unlock();

        assertFalse(account.isLockedAt(NOW));
        assertNull(account.getLockedUntil());
    }

    @Test
    void holdsSeveralRoles() {
        account.grant(Role.TEAM_LEAD);

        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.TEAM_LEAD), account.getRoles());
    }
}
