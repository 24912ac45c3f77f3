package com.cxcentric.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A use case refused for a business reason. Rolls the transaction back. Carries a message-bundle
 * key and its arguments so that the portal can show it in the user's language, and a plain English
 * message for logs and API clients.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    protected BusinessException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** Key in the message bundle, for example {@code error.token.unknown}. */
    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.toArray();
    }
}
