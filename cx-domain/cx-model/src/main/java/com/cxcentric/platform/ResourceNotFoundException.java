package com.cxcentric.platform;

import jakarta.ejb.ApplicationException;

/** The thing a use case names does not exist (HTTP 404). */
@ApplicationException(rollback = true)
public class ResourceNotFoundException extends BusinessException {

    public ResourceNotFoundException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
