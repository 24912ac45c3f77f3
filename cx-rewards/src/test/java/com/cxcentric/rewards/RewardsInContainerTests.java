package com.cxcentric.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.boundary.PointsAccounts;
import com.cxcentric.rewards.control.PointsLedger;
import com.cxcentric.rewards.control.RewardShop;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.ItemDefinition;
import com.cxcentric.rewards.entity.PointsAccount;
import com.cxcentric.rewards.entity.PointsTransfer.Movement;
import com.cxcentric.rewards.entity.RedemptionStatus;
import com.cxcentric.rewards.entity.TransferKind;
import com.cxcentric.testsupport.InContainerTest;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.junit.jupiter.api.Test;

/**
 * The points ledger in the container against the real database: the database refuses to change
 * what it wrote, and parallel gifts from one allowance never overdraw it, never lose or double an
 * entry, and keep every balance equal to the sum of its entries. Run by {@code platform.InContainerIT}.
 */
public interface RewardsInContainerTests extends InContainerTest {

    /** Points per gift in the race: 100 / 7 leaves room for 14 gifts and refuses the rest. */
    int GIFT = 7;

    int GIFTS = 16;

    int RETRIES = 8;

    private PointsLedger ledger() {
        return bean(PointsLedger.class);
    }

    /** A person of the test's own, committed, with both points accounts open. */
    private long person(String prefix) throws Exception {
        long id = inTransaction(() -> {
            var person = new Employee(unique(prefix), "Test", prefix, ContactLevel.FRONT_LINE);
            em().persist(person);
            em().flush();
            return person.getId();
        });
        bean(PointsAccounts.class).open(AccountKind.GIVING, id);
        bean(PointsAccounts.class).open(AccountKind.RECEIVED, id);
        return id;
    }

    private Callable<String> gift(String key, long giver, long recipient, LocalDate today) {
        return () -> {
            UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
            tx.begin();
            try {
                ledger().move(
                                Movement.of(key, TransferKind.GIFT, GIFT, today, "race"),
                                ledger().account(AccountKind.GIVING, giver),
                                ledger().account(AccountKind.RECEIVED, recipient),
                                today);
                tx.commit();
                return "paid";
            } catch (RuleViolationException refused) {
                tx.rollback();
                return "refused";
            } catch (RuntimeException failed) {
                tx.rollback();
                throw failed;
            }
        };
    }

    @Test
    default void parallelGiftsFromOneAllowanceNeverOverdrawItNorLoseOrDoubleAnEntry() throws Exception {
        long giver = person("G");
        List<Long> recipients = List.of(person("R"), person("R"), person("R"));
        LocalDate today = LocalDate.now();
        String race = unique("race");
        List<Callable<String>> work = new ArrayList<>();
        for (int i = 0; i < GIFTS; i++) {
            work.add(gift(race + ":" + i, giver, recipients.get(i % 3), today));
        }
        for (int i = 0; i < RETRIES; i++) {
            work.add(gift(race + ":" + i, giver, recipients.get(i % 3), today));
        }

        List<String> outcomes = new ArrayList<>();
        for (Future<String> done : executor().invokeAll(work)) {
            try {
                outcomes.add(done.get());
            } catch (ExecutionException failed) {
                throw new AssertionError("a gift failed instead of being paid or refused", failed.getCause());
            }
        }

        long paid = outcomes.stream().filter("paid"::equals).count();
        long gifts = inTransaction(() -> em().createQuery(
                        "SELECT COUNT(t) FROM PointsTransfer t WHERE t.kind = :gift AND t.idempotencyKey LIKE :race",
                        Long.class)
                .setParameter("gift", TransferKind.GIFT)
                .setParameter("race", race + ":%")
                .getSingleResult());
        PointsAccount giving = inTransaction(() -> ledger().account(AccountKind.GIVING, giver));
        long monthly = ledger().monthlyAllowance();
        assertEquals(monthly / GIFT, gifts, "every gift the allowance covers, once: " + outcomes);
        assertEquals(monthly - GIFT * gifts, giving.getBalance(), "the allowance paid exactly those gifts");
        assertTrue(paid >= gifts, "a retry of a paid gift is answered as paid: " + outcomes);
        long received = 0;
        for (long recipient : recipients) {
            received += inTransaction(
                    () -> ledger().account(AccountKind.RECEIVED, recipient).getBalance());
        }
        assertEquals(GIFT * gifts, received, "what left the allowance arrived, once");
        assertTheLedgerBalances();
    }

    @Test
    default void aKeyUsedForAnotherMovementIsRefusedAndTheSameOneAgainMovesNothing() throws Exception {
        long giver = person("G");
        long one = person("R");
        long other = person("R");
        LocalDate today = LocalDate.now();
        String key = unique("gift");

        var first = inTransaction(() -> ledger().move(
                        Movement.of(key, TransferKind.GIFT, 5, today, "test"),
                        ledger().account(AccountKind.GIVING, giver),
                        ledger().account(AccountKind.RECEIVED, one),
                        today));
        var again = inTransaction(() -> ledger().move(
                        Movement.of(key, TransferKind.GIFT, 5, today, "test"),
                        ledger().account(AccountKind.GIVING, giver),
                        ledger().account(AccountKind.RECEIVED, one),
                        today));
        assertThrows(
                ConflictException.class,
                () -> inTransaction(() -> ledger().move(
                                Movement.of(key, TransferKind.GIFT, 5, today, "test"),
                                ledger().account(AccountKind.GIVING, giver),
                                ledger().account(AccountKind.RECEIVED, other),
                                today)));

        assertEquals(first.getId(), again.getId());
        assertEquals(ledger().monthlyAllowance() - 5, inTransaction(() -> ledger().account(AccountKind.GIVING, giver)
                .getBalance()));
        assertEquals(5, inTransaction(() -> ledger().account(AccountKind.RECEIVED, one)
                .getBalance()));
        assertEquals(0, inTransaction(() -> ledger().account(AccountKind.RECEIVED, other)
                .getBalance()));
    }

    @Test
    default void aCorrectionReversesATransferOnceAndChangesNothingItReverses() throws Exception {
        long giver = person("G");
        long recipient = person("R");
        LocalDate today = LocalDate.now();
        var gift = inTransaction(() -> ledger().move(
                        Movement.of(unique("gift"), TransferKind.GIFT, 9, today, "test"),
                        ledger().account(AccountKind.GIVING, giver),
                        ledger().account(AccountKind.RECEIVED, recipient),
                        today));
        String key = unique("fix");

        var correction = inTransaction(() -> ledger().reverse(gift.getId(), key, "hr", "given by mistake", today));
        var again = inTransaction(() -> ledger().reverse(gift.getId(), key, "hr", "given by mistake", today));
        var twice = assertThrows(
                ConflictException.class,
                () -> inTransaction(() -> ledger().reverse(gift.getId(), unique("fix"), "hr", "again", today)));
        var ofACorrection = assertThrows(
                ConflictException.class,
                () -> inTransaction(() -> ledger().reverse(correction.getId(), unique("fix"), "hr", "undo", today)));

        assertEquals(TransferKind.CORRECTION, correction.getKind());
        assertEquals(gift.getId(), correction.getReversesId());
        assertEquals(gift.getToAccountId(), correction.getFromAccountId(), "back from where it went");
        assertEquals(correction.getId(), again.getId(), "the same request again reverses nothing more");
        assertEquals("error.points.reversedAlready", twice.getMessageKey());
        assertEquals("error.points.reverseCorrection", ofACorrection.getMessageKey());
        assertEquals(ledger().monthlyAllowance(), inTransaction(() -> ledger().account(AccountKind.GIVING, giver)
                .getBalance()));
        assertEquals(0, inTransaction(() -> ledger().account(AccountKind.RECEIVED, recipient)
                .getBalance()));
        assertTheLedgerBalances();
    }

    @Test
    default void theDatabaseRefusesToChangeOrRemoveWhatTheLedgerWrote() throws Exception {
        long giver = person("G");
        long recipient = person("R");
        LocalDate today = LocalDate.now();
        long transfer = inTransaction(() -> ledger().move(
                                Movement.of(unique("gift"), TransferKind.GIFT, 3, today, "test"),
                                ledger().account(AccountKind.GIVING, giver),
                                ledger().account(AccountKind.RECEIVED, recipient),
                                today))
                .getId();

        try (var connection = dataSource().getConnection();
                var sql = connection.createStatement()) {
            var update = assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate(
                            "UPDATE points_entry SET amount = amount * 2 WHERE transfer_id = " + transfer));
            var delete = assertThrows(
                    SQLException.class, () -> sql.executeUpdate("DELETE FROM points_transfer WHERE id = " + transfer));

            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        assertTheLedgerBalances();
    }

    /** The ledger's invariants over every account: entries sum to zero, balances are their entries' sums. */
    /** A reward of the test's own, committed. */
    private String reward(long cost, Integer stock, String unitCode, int tenureMonths) throws Exception {
        String code = "T" + unique("R").replace("-", "").toUpperCase(Locale.ROOT);
        inTransaction(() -> bean(RewardShop.class)
                .save(new ItemDefinition(
                        code, "Test reward", null, Motivator.TIME_OFF, cost, stock, unitCode, tenureMonths, true)));
        return code;
    }

    /** Points granted to a person from the company, committed. */
    private void grant(long person, long points) throws Exception {
        LocalDate today = LocalDate.now();
        inTransaction(() -> ledger().move(
                        Movement.of(unique("grant"), TransferKind.GRANT, points, today, "test"),
                        em().find(PointsAccount.class, 1L),
                        ledger().account(AccountKind.RECEIVED, person),
                        today));
    }

    private long received(long person) throws Exception {
        return inTransaction(
                () -> ledger().account(AccountKind.RECEIVED, person).getBalance());
    }

    private Integer stock(String code) throws Exception {
        return inTransaction(() -> bean(RewardShop.class).find(code).getStock());
    }

    private RewardShop.Asked redeem(String key, String code, long person) throws Exception {
        return inTransaction(() -> bean(RewardShop.class)
                .redeem(key, code, em().find(Employee.class, person), "test", LocalDate.now(), Instant.now()));
    }

    @Test
    default void aRedemptionReservesThePointsARefusalGivesThemBackAndRetriesChangeNothing() throws Exception {
        long person = person("B");
        grant(person, 300);
        String code = reward(120, 2, null, 0);
        RewardShop shop = bean(RewardShop.class);
        String key = unique("redeem");

        var first = redeem(key, code, person);
        var again = redeem(key, code, person);
        assertEquals(false, first.repeated());
        assertEquals(true, again.repeated(), "the same key again is the same redemption");
        assertEquals(first.redemption().getId(), again.redemption().getId());
        assertEquals(180, received(person), "the points left once");
        assertEquals(1, stock(code), "one taken from the stock, once");
        assertEquals(RedemptionStatus.PENDING, first.redemption().getStatus());
        long id = first.redemption().getId();

        var noReason = assertThrows(
                RuleViolationException.class,
                () -> inTransaction(() -> shop.refuse(id, "hr", " ", LocalDate.now(), Instant.now())));
        assertEquals("reason", noReason.getField());
        assertEquals(true, inTransaction(() -> shop.refuse(id, "hr", "Sold out", LocalDate.now(), Instant.now())));
        assertEquals(false, inTransaction(() -> shop.refuse(id, "hr", "Again", LocalDate.now(), Instant.now())));
        assertEquals(300, received(person), "the refusal gave the points back, once");
        assertEquals(2, stock(code), "and the reward back to the stock");
        assertThrows(ConflictException.class, () -> inTransaction(() -> shop.settle(id, "hr", null, Instant.now())));

        long settled = redeem(unique("redeem"), code, person).redemption().getId();
        assertEquals(true, inTransaction(() -> shop.settle(settled, "hr", "Handed over", Instant.now())));
        assertEquals(false, inTransaction(() -> shop.settle(settled, "hr", null, Instant.now())));
        assertThrows(
                ConflictException.class,
                () -> inTransaction(() -> shop.refuse(settled, "hr", "Too late", LocalDate.now(), Instant.now())));
        assertEquals(180, received(person), "a settled reward keeps its points");
        var refunds = inTransaction(() -> em().createQuery(
                        "SELECT COUNT(t) FROM PointsTransfer t WHERE t.kind = :refund AND t.idempotencyKey = :key",
                        Long.class)
                .setParameter("refund", TransferKind.REFUND)
                .setParameter("key", "refund:redemption:" + id)
                .getSingleResult());
        assertEquals(1, refunds, "one refund transfer for the refused redemption");
        assertTheLedgerBalances();
    }

    @Test
    default void aRedemptionIsRefusedWithTheFieldWhenItCannotBeHad() throws Exception {
        long poor = person("B");
        grant(poor, 50);
        String dear = reward(80, null, null, 0);
        var tooFew = assertThrows(RuleViolationException.class, () -> redeem(unique("k"), dear, poor));
        assertEquals("points", tooFew.getField());
        assertEquals(50, received(poor), "nothing moved");

        String veterans = reward(10, null, null, 24);
        var tooNew = assertThrows(RuleViolationException.class, () -> redeem(unique("k"), veterans, poor));
        assertEquals("item", tooNew.getField(), "no hire date, so the tenure is not served");

        String none = reward(10, 0, null, 0);
        var soldOut = assertThrows(RuleViolationException.class, () -> redeem(unique("k"), none, poor));
        assertEquals("error.reward.outOfStock", soldOut.getMessageKey());

        String key = unique("k");
        String cheap = reward(10, null, null, 0);
        redeem(key, cheap, poor);
        assertThrows(ConflictException.class, () -> redeem(key, dear, poor), "one key, another reward");
        assertEquals(40, received(poor));
        assertTheLedgerBalances();
    }

    @Test
    default void parallelRedemptionsNeverOverdrawAnAccountNorHandOutMoreThanTheStock() throws Exception {
        long few = person("B");
        long many = person("B");
        grant(few, 100);
        grant(many, 1000);
        String code = reward(30, 5, null, 0);
        List<Callable<String>> work = new ArrayList<>();
        String race = unique("race");
        for (int i = 0; i < 6; i++) {
            for (long person : List.of(few, many)) {
                String key = race + ":" + person + ":" + i;
                Callable<String> one = () -> {
                    UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
                    tx.begin();
                    try {
                        bean(RewardShop.class)
                                .redeem(
                                        key,
                                        code,
                                        em().find(Employee.class, person),
                                        "race",
                                        LocalDate.now(),
                                        Instant.now());
                        tx.commit();
                        return "redeemed";
                    } catch (RuleViolationException refused) {
                        tx.rollback();
                        return refused.getField();
                    } catch (RuntimeException failed) {
                        tx.rollback();
                        throw failed;
                    }
                };
                work.add(one);
                if (i < 2) {
                    work.add(one);
                }
            }
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> done : executor().invokeAll(work)) {
            try {
                outcomes.add(done.get());
            } catch (ExecutionException failed) {
                throw new AssertionError("a redemption failed instead of being made or refused", failed.getCause());
            }
        }
        long made = inTransaction(() -> em().createQuery(
                        "SELECT COUNT(r) FROM Redemption r WHERE r.idempotencyKey LIKE :race", Long.class)
                .setParameter("race", race + ":%")
                .getSingleResult());
        long ofFew = inTransaction(
                () -> em().createQuery("SELECT COUNT(r) FROM Redemption r WHERE r.employeeId = :few", Long.class)
                        .setParameter("few", few)
                        .getSingleResult());
        assertEquals(5, made, "exactly the stock, once each: " + outcomes);
        assertEquals(0, stock(code));
        assertTrue(ofFew <= 3, "100 points buy at most three at 30: " + ofFew);
        assertEquals(100 - 30 * ofFew, received(few));
        assertEquals(1000 - 30 * (5 - ofFew), received(many));
        assertTheLedgerBalances();
    }

    private void assertTheLedgerBalances() throws Exception {
        try (var connection = dataSource().getConnection();
                var sql = connection.createStatement()) {
            try (var rows = sql.executeQuery("SELECT COALESCE(SUM(amount), 0) FROM points_entry")) {
                rows.next();
                assertEquals(0, rows.getLong(1), "every transfer takes what it gives");
            }
            try (var rows = sql.executeQuery("SELECT COUNT(*) FROM points_account a WHERE a.balance <>"
                    + " (SELECT COALESCE(SUM(e.amount), 0) FROM points_entry e WHERE e.account_id = a.id)")) {
                rows.next();
                assertEquals(0, rows.getLong(1), "every balance is the sum of its entries");
            }
            try (var rows = sql.executeQuery("SELECT COUNT(*) FROM points_transfer t WHERE"
                    + " (SELECT COUNT(*) FROM points_entry e WHERE e.transfer_id = t.id) <> 2")) {
                rows.next();
                assertEquals(0, rows.getLong(1), "every transfer has exactly two entries");
            }
            try (var rows = sql.executeQuery(
                    "SELECT COUNT(*) FROM points_account WHERE kind IN ('GIVING', 'RECEIVED') AND balance < 0")) {
                rows.next();
                assertEquals(0, rows.getLong(1), "no person is overdrawn");
            }
        }
    }

    private static ManagedExecutorService executor() throws NamingException {
        return (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    }
}
