package com.cxcentric.segmentation.entity;

import com.cxcentric.platform.BusinessException;
import jakarta.ejb.ApplicationException;

/** A segment rule that cannot be evaluated; the message names the condition's position. */
@ApplicationException(rollback = true)
public class InvalidRuleException extends BusinessException {

    public InvalidRuleException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
