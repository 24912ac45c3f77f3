package com.cxcentric.rewards.control;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.BudgetPurpose;
import com.cxcentric.rewards.entity.PointsAccount;
import com.cxcentric.rewards.entity.PointsTransfer;
import com.cxcentric.rewards.entity.PointsTransfer.Movement;
import com.cxcentric.rewards.entity.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The points ledger, in the caller's transaction. Every movement locks the accounts it moves (and
 * the company's accounts a month's allowance needs) in id order, so two movements never wait for
 * each other in a circle, then checks its idempotency key under those locks: a retried request
 * gets the transfer it made the first time and moves nothing. A person's giving account holds one
 * month's allowance: the first movement of a month expires what is left of the last and grants
 * the new one, each keyed by account and month, so it happens once however many ask at once.
 */
@ApplicationScoped
public class PointsLedger {

    /** The company's accounts (migrations V17, V22). */
    static final long ISSUED = 1;

    static final long EXPIRED = 2;

    static final long HELD = 4;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private Budgets budgets;

    @Inject
    @ConfigProperty(name = "cx.rewards.monthly-allowance", defaultValue = "100")
    private long monthlyAllowance;

    /** A person's account of a kind; {@code boundary.PointsAccounts} creates it beforehand. */
    public PointsAccount account(AccountKind kind, long employeeId) {
        return existing(kind, employeeId)
                .orElseThrow(() -> new IllegalStateException("no " + kind + " account for employee " + employeeId));
    }

    /**
     * Opens a person's account in the caller's transaction, for work that makes the people in the
     * same transaction (the demo company); requests open accounts through {@code PointsAccounts}.
     */
    public PointsAccount openHere(AccountKind kind, long employeeId) {
        return existing(kind, employeeId).orElseGet(() -> {
            var account = PointsAccount.of(kind, employeeId);
            em.persist(account);
            em.flush();
            return account;
        });
    }

    /** A person's account of a kind if it exists: reading never creates one. */
    public Optional<PointsAccount> existing(AccountKind kind, long employeeId) {
        return find(PointsAccount.ownerKey(kind, employeeId));
    }

    /** The giving allowance a person has left this month, without writing anything. */
    public long givingLeft(long employeeId, LocalDate today) {
        return existing(AccountKind.GIVING, employeeId)
                .filter(a -> today.withDayOfMonth(1).equals(a.getAllowanceMonth()))
                .map(PointsAccount::getBalance)
                .orElse(monthlyAllowance);
    }

    public long monthlyAllowance() {
        return monthlyAllowance;
    }

    /** One movement of a larger operation: what moves, from where, to where. */
    public record Leg(Movement movement, PointsAccount from, PointsAccount to) {}

    /**
     * Moves points between two accounts, once per key.
     *
     * @throws ConflictException when the key was used for a different movement
     * @throws com.cxcentric.platform.RuleViolationException when a person's account has too few points
     */
    public PointsTransfer move(Movement movement, PointsAccount from, PointsAccount to, LocalDate today) {
        return moveAll(List.of(new Leg(movement, from, to)), today).get(0);
    }

    /**
     * Moves several legs as one operation (a recognition of several people): every account any leg
     * moves is locked at once, in id order, before the first leg is written.
     */
    public List<PointsTransfer> moveAll(List<Leg> legs, LocalDate today) {
        boolean refresh =
                legs.stream().anyMatch(leg -> needsAllowance(leg.from(), today) || needsAllowance(leg.to(), today));
        Stream<Long> ids = legs.stream()
                .flatMap(leg -> Stream.of(leg.from().getId(), leg.to().getId()));
        List<PointsAccount> locked = lock(refresh ? Stream.concat(ids, Stream.of(ISSUED, EXPIRED)) : ids);
        if (refresh) {
            PointsAccount issued = byId(locked, ISSUED);
            PointsAccount expired = byId(locked, EXPIRED);
            for (PointsAccount account : locked) {
                if (needsAllowance(account, today)) {
                    renewAllowance(account, issued, expired, today);
                }
            }
        }
        List<PointsTransfer> done = new ArrayList<>();
        for (Leg leg : legs) {
            Optional<PointsTransfer> earlier = byKey(leg.movement().idempotencyKey());
            if (earlier.isPresent()) {
                done.add(replay(earlier.get(), leg.movement(), leg.from(), leg.to()));
            } else {
                done.add(write(
                        leg.movement(),
                        byId(locked, leg.from().getId()),
                        byId(locked, leg.to().getId())));
            }
        }
        return done;
    }

    /**
     * Reverses a transfer: the same amount back, from the account it reached to the account it
     * left, as a new {@link TransferKind#CORRECTION} linked to it; nothing of the original changes.
     * A transfer is reversed once (the link is unique), a correction is never reversed, and points
     * already spent cannot be taken back (the account would go below zero).
     *
     * @throws com.cxcentric.platform.ResourceNotFoundException for an unknown transfer
     * @throws ConflictException when it is a correction itself or was reversed already
     */
    public PointsTransfer reverse(long transferId, String idempotencyKey, String by, String reason, LocalDate today) {
        PointsTransfer original = em.find(PointsTransfer.class, transferId);
        if (original == null) {
            throw new ResourceNotFoundException(
                    "error.points.unknownTransfer", "No points transfer " + transferId, transferId);
        }
        // Both accounts first: a second reversal of the same transfer waits here, then finds the first.
        lock(Stream.of(original.getFromAccountId(), original.getToAccountId()));
        Optional<PointsTransfer> again = byKey(idempotencyKey);
        if (again.isPresent() && Long.valueOf(transferId).equals(again.get().getReversesId())) {
            return again.get();
        }
        if (original.getKind() == TransferKind.CORRECTION) {
            throw new ConflictException(
                    null,
                    "error.points.reverseCorrection",
                    "A correction is not reversed; make a new movement",
                    transferId);
        }
        boolean reversed = !em.createQuery(
                        "SELECT t FROM PointsTransfer t WHERE t.reversesId = :id", PointsTransfer.class)
                .setParameter("id", transferId)
                .getResultList()
                .isEmpty();
        if (reversed) {
            throw new ConflictException(
                    null,
                    "error.points.reversedAlready",
                    "Transfer " + transferId + " is reversed already",
                    transferId);
        }
        PointsAccount from = em.find(PointsAccount.class, original.getToAccountId());
        PointsAccount to = em.find(PointsAccount.class, original.getFromAccountId());
        return move(
                new Movement(
                        idempotencyKey,
                        TransferKind.CORRECTION,
                        original.getAmount(),
                        today,
                        by,
                        reason,
                        original.getRecognitionId(),
                        original.getId()),
                from,
                to,
                today);
    }

    /**
     * Locks accounts ahead of an operation that moves them over several calls (a period's awards
     * given as rewards: the issued and redeemed accounts before the people's), in id order.
     */
    public void lockAhead(List<Long> accountIds) {
        lock(accountIds.stream());
    }

    /** The company's account of points waiting for approval. */
    public PointsAccount held() {
        return em.find(PointsAccount.class, HELD);
    }

    /** The company's account every point comes from. */
    public PointsAccount issued() {
        return em.find(PointsAccount.class, ISSUED);
    }

    /** A transfer found under the key: the same movement again (nothing moves), or a misuse of the key. */
    private PointsTransfer replay(PointsTransfer earlier, Movement movement, PointsAccount from, PointsAccount to) {
        if (!earlier.sameAs(movement, from, to)) {
            throw new ConflictException(
                    "idempotencyKey",
                    "error.points.keyReused",
                    "The key " + movement.idempotencyKey() + " was already used for another movement of points",
                    movement.idempotencyKey());
        }
        return earlier;
    }

    private static boolean needsAllowance(PointsAccount account, LocalDate today) {
        return account.getKind() == AccountKind.GIVING
                && !today.withDayOfMonth(1).equals(account.getAllowanceMonth());
    }

    /** Expires what is left of an earlier month's allowance and grants this month's, each once. */
    private void renewAllowance(PointsAccount giving, PointsAccount issued, PointsAccount expired, LocalDate today) {
        LocalDate month = today.withDayOfMonth(1);
        if (giving.getBalance() > 0) {
            write(
                    Movement.of(
                            "expiry:" + giving.getId() + ":" + giving.getAllowanceMonth(),
                            TransferKind.EXPIRY,
                            giving.getBalance(),
                            month,
                            "system"),
                    giving,
                    expired);
        }
        if (monthlyAllowance > 0) {
            PointsTransfer allowance = write(
                    Movement.of(
                            "allowance:" + giving.getId() + ":" + month,
                            TransferKind.ALLOWANCE,
                            monthlyAllowance,
                            month,
                            "system"),
                    issued,
                    giving);
            Employee giver = em.find(Employee.class, giving.getEmployeeId());
            Long unitId = giver == null || giver.getOrgUnit() == null
                    ? null
                    : giver.getOrgUnit().getId();
            budgets.forUnit(unitId, month)
                    .ifPresent(budget ->
                            budgets.drawnUnlocked(budget, allowance, BudgetPurpose.ALLOWANCE, monthlyAllowance, month));
        }
        giving.holdAllowanceOf(month);
    }

    private PointsTransfer write(Movement movement, PointsAccount from, PointsAccount to) {
        var written = PointsTransfer.move(movement, from, to, Instant.now());
        em.persist(written.transfer());
        written.entries().forEach(em::persist);
        em.flush();
        return written.transfer();
    }

    /** The accounts, row-locked in id order and read fresh under the lock. */
    private List<PointsAccount> lock(Stream<Long> ids) {
        List<Long> ordered = ids.distinct().sorted().toList();
        return em
                .createNamedQuery(PointsAccount.LOCK_IN_ORDER, PointsAccount.class)
                .setParameter("ids", ordered)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", "true")
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(PointsAccount::getId))
                .toList();
    }

    private static PointsAccount byId(List<PointsAccount> accounts, long id) {
        return accounts.stream()
                .filter(a -> a.getId() == id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no points account " + id));
    }

    private Optional<PointsTransfer> byKey(String key) {
        return em.createNamedQuery(PointsTransfer.FIND_BY_KEY, PointsTransfer.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private Optional<PointsAccount> find(String ownerKey) {
        return em.createNamedQuery(PointsAccount.FIND_BY_OWNER, PointsAccount.class)
                .setParameter("owner", ownerKey)
                .getResultStream()
                .findFirst();
    }
}
