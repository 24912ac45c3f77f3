package com.cxcentric.platform;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role allows the use case but not on this object, for example a team lead asking
 * for someone outside their teams (HTTP 403).
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
