package com.cxcentric.platform;

import jakarta.ejb.ApplicationException;

/**
 * The request is well-formed and valid, but conflicts with the current state (HTTP 409): a name or
 * code already taken, a record changed since the caller read it, or a step the object's state does
 * not allow (publishing what is not a draft). A plain {@link RuleViolationException} is invalid
 * input instead (HTTP 422).
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuleViolationException {

    public ConflictException(String field, String messageKey, String message, Object... arguments) {
        super(field, messageKey, message, arguments);
    }
}
