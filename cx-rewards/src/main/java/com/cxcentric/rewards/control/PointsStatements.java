package com.cxcentric.rewards.control;

import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.PointsAccount;
import com.cxcentric.rewards.entity.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** A person's statement: every movement on their giving and received accounts, newest first. */
@ApplicationScoped
public class PointsStatements {

    /** One line: a movement on one of the person's accounts, with the transfer it belongs to. */
    public record Line(
            long id,
            long transferId,
            Instant at,
            LocalDate effectiveOn,
            AccountKind account,
            TransferKind kind,
            long amount,
            long balanceAfter,
            String memo) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private PointsLedger ledger;

    public Page<Line> of(long employeeId, PageRequest page) {
        List<Long> accounts = Stream.of(AccountKind.GIVING, AccountKind.RECEIVED)
                .flatMap(kind -> ledger.existing(kind, employeeId).stream())
                .map(PointsAccount::getId)
                .toList();
        if (accounts.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        var rows = em.createQuery(
                        "SELECT e.id, t.id, e.createdAt, t.effectiveOn, a.kind, t.kind, e.amount, e.balanceAfter,"
                                + " t.memo FROM PointsEntry e JOIN e.transfer t, PointsAccount a WHERE a.id = e.accountId"
                                + " AND e.accountId IN :accounts ORDER BY e.id DESC",
                        Object[].class)
                .setParameter("accounts", accounts)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("SELECT COUNT(e) FROM PointsEntry e WHERE e.accountId IN :accounts", Long.class)
                .setParameter("accounts", accounts)
                .getSingleResult();
        return new Page<>(
                rows.stream()
                        .map(r -> new Line(
                                ((Number) r[0]).longValue(),
                                ((Number) r[1]).longValue(),
                                (Instant) r[2],
                                (LocalDate) r[3],
                                (AccountKind) r[4],
                                (TransferKind) r[5],
                                ((Number) r[6]).longValue(),
                                ((Number) r[7]).longValue(),
                                (String) r[8]))
                        .toList(),
                page.page(),
                page.size(),
                total);
    }
}
