package com.cxcentric.rewards.boundary;

import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.vision.entity.CompanyValue;
import jakarta.persistence.EntityManager;
import java.util.Locale;

/** What the rewards boundaries check alike in a request: its idempotency key, a company value. */
final class Checks {

    static final int KEY_LENGTH = 100;

    private Checks() {}

    /**
     * The request's idempotency key, stripped.
     *
     * @throws RuleViolationException on {@code idempotencyKey} without one or with one too long
     */
    static String key(String key, String messageKey, String what) {
        if (key == null || key.isBlank() || key.strip().length() > KEY_LENGTH) {
            throw new RuleViolationException(
                    "idempotencyKey",
                    messageKey,
                    "Every " + what + " carries an idempotency key of 1 to " + KEY_LENGTH + " characters",
                    KEY_LENGTH);
        }
        return key.strip();
    }

    /**
     * One of the company's active values, by code.
     *
     * @throws RuleViolationException on {@code valueCode} for a code that is not one
     */
    static CompanyValue activeValue(EntityManager em, String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return em.createNamedQuery(CompanyValue.FIND_ACTIVE, CompanyValue.class).getResultList().stream()
                .filter(v -> v.getCode().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "valueCode",
                        "error.recognition.value",
                        "Name one of the company's values; " + wanted + " is not one",
                        wanted));
    }
}
