package com.cxcentric.platform;

import jakarta.ejb.ApplicationException;

/** The request is well-formed but its content breaks a business rule (HTTP 422); see {@link ConflictException} for a clash with the current state. */
@ApplicationException(rollback = true)
public class RuleViolationException extends BusinessException {

    private final String field;

    public RuleViolationException(String field, String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
        this.field = field;
    }

    /** The input field at fault, or null when the rule concerns the whole request. */
    public String getField() {
        return field;
    }
}
