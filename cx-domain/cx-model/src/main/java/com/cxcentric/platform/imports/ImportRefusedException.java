package com.cxcentric.platform.imports;

import com.cxcentric.platform.BusinessException;
import jakarta.ejb.ApplicationException;

/**
 * A whole import file refused before anything is written: wrong encoding, too large, no header,
 * the same employee number twice, a cycle in the manager chain, a mapping without the employee
 * number. The message says what and where (rows, numbers).
 */
@ApplicationException(rollback = true)
public class ImportRefusedException extends BusinessException {

    public ImportRefusedException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
