package com.cxcentric.rewards.control;

import com.cxcentric.rewards.entity.AccountKind;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A movement of points found accounts it needs not open yet, before writing anything: the caller
 * opens them, each in a transaction of its own ({@code boundary.PointsAccounts}), and asks again.
 * Never reaches a client.
 */
@ApplicationException(rollback = true)
public class AccountsNotOpen extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An account to open: whose, and of which kind. */
    public record Account(AccountKind kind, long employeeId) implements java.io.Serializable {}

    private final List<Account> missing;

    public AccountsNotOpen(List<Account> missing) {
        super("Points accounts not open yet: " + missing, null, false, false);
        this.missing = List.copyOf(missing);
    }

    public List<Account> missing() {
        return missing;
    }
}
