package com.cxcentric.rewards.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.control.PointsLedger;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.PointsAccount;
import com.cxcentric.rewards.entity.TransferKind;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
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

    /** One line of the statement: a movement on one of the caller's accounts. */
    public record StatementLine(
            long id,
            Instant at,
            LocalDate effectiveOn,
            AccountKind account,
            TransferKind kind,
            long amount,
            long balanceAfter,
            String memo) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private PointsLedger ledger;

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
    public Page<StatementLine> statement(PageRequest page) {
        Employee me = me();
        List<Long> mine = Stream.of(AccountKind.GIVING, AccountKind.RECEIVED)
                .flatMap(kind -> ledger.existing(kind, me.getId()).stream())
                .map(PointsAccount::getId)
                .toList();
        if (mine.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        var rows = em.createQuery(
                        "SELECT e.id, e.createdAt, t.effectiveOn, a.kind, t.kind, e.amount, e.balanceAfter, t.memo"
                                + " FROM PointsEntry e JOIN e.transfer t, PointsAccount a WHERE a.id = e.accountId"
                                + " AND e.accountId IN :accounts ORDER BY e.id DESC",
                        Object[].class)
                .setParameter("accounts", mine)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("SELECT COUNT(e) FROM PointsEntry e WHERE e.accountId IN :accounts", Long.class)
                .setParameter("accounts", mine)
                .getSingleResult();
        return new Page<>(
                rows.stream()
                        .map(r -> new StatementLine(
                                ((Number) r[0]).longValue(),
                                (Instant) r[1],
                                (LocalDate) r[2],
                                (AccountKind) r[3],
                                (TransferKind) r[4],
                                ((Number) r[5]).longValue(),
                                ((Number) r[6]).longValue(),
                                (String) r[7]))
                        .toList(),
                page.page(),
                page.size(),
                total);
    }

    private Employee me() {
        return accounts.linkedEmployee(context.getCallerPrincipal().getName());
    }
}
