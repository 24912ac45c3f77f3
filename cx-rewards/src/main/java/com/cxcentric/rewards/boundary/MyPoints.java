package com.cxcentric.rewards.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.control.PointsLedger;
import com.cxcentric.rewards.control.PointsStatements;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.PointsAccount;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The caller's points: what is left of this month's allowance to give, what they received (with
 * its value in money at the one configured rate), and the statement of every movement of both.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class MyPoints {

    /** Both balances; {@code receivedValue} is the received points in {@code currency}. */
    public record Balances(
            long givingLeft,
            long monthlyAllowance,
            LocalDate allowanceExpiresAfter,
            long received,
            BigDecimal receivedValue,
            BigDecimal pointValue,
            String currency) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private PointsLedger ledger;

    @Inject
    private PointsStatements statements;

    @Inject
    private BusinessDay businessDay;

    @Inject
    @ConfigProperty(name = "cx.rewards.point-value", defaultValue = "0.05")
    private BigDecimal pointValue;

    @Inject
    @ConfigProperty(name = "cx.rewards.currency", defaultValue = "EUR")
    private String currency;

    public Balances balances() {
        Employee me = me();
        LocalDate today = businessDay.today();
        long received = ledger.existing(AccountKind.RECEIVED, me.getId())
                .map(PointsAccount::getBalance)
                .orElse(0L);
        return new Balances(
                ledger.givingLeft(me.getId(), today),
                ledger.monthlyAllowance(),
                today.withDayOfMonth(today.lengthOfMonth()),
                received,
                pointValue.multiply(BigDecimal.valueOf(received)),
                pointValue,
                currency);
    }

    /** Every movement on the caller's two accounts, newest first. */
    public Page<PointsStatements.Line> statement(PageRequest page) {
        return statements.of(me().getId(), page);
    }

    private Employee me() {
        return accounts.linkedEmployee(context.getCallerPrincipal().getName());
    }
}
