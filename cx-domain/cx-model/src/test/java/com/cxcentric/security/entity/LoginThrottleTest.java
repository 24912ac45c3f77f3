package com.cxcentric.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(1), Duration.ofMinutes(30));

    @Test
    void doesNotLockBeforeTheLimit() {
        assertEquals(Duration.ZERO, throttle.lockAfter(4));
    }

    @Test
    void locksAtTheLimit() {
        assertEquals(Duration.ofMinutes(1), throttle.lockAfter(5));
    }

    @Test
    void doublesTheLockForEveryFurtherFailure() {
        assertEquals(Duration.ofMinutes(2), throttle.lockAfter(6));
        assertEquals(Duration.ofMinutes(8), throttle.lockAfter(8));
    }

    @Test
    void capsTheLock() {
        assertEquals(Duration.ofMinutes(30), throttle.lockAfter(12));
        assertEquals(Duration.ofMinutes(30), throttle.lockAfter(10_000));
    }

    @Test
    void rejectsANonPositiveLock() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, Duration.ZERO, Duration.ofMinutes(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new LoginThrottle(0, Duration.ofMinutes(1), Duration.ofMinutes(1)));
    }
}
