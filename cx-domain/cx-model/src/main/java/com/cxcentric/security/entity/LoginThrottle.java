package com.cxcentric.security.entity;

import java.time.Duration;
import java.util.Objects;

/**
 * The policy against password guessing on one account: after {@code maxFailures} failed logins in a
 * row the account is locked for {@code lockDuration}; every further failure while counting doubles
 * the lock, up to {@code maxLockDuration}.
 */
public record LoginThrottle(int maxFailures, Duration lockDuration, Duration maxLockDuration) {

    public LoginThrottle {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        Objects.requireNonNull(lockDuration, "lockDuration");
        Objects.requireNonNull(maxLockDuration, "maxLockDuration");
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive, was " + lockDuration);
        }
    }

    /** How long to lock after the given number of consecutive failures, or zero for no lock. */
    public Duration lockAfter(int consecutiveFailures) {
        if (consecutiveFailures < maxFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(consecutiveFailures - maxFailures, 16);
        Duration lock = lockDuration.multipliedBy(1L << doublings);
        return lock.compareTo(maxLockDuration) > 0 ? maxLockDuration : lock;
    }
}
