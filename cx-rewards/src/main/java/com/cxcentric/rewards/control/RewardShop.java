package com.cxcentric.rewards.control;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.ItemDefinition;
import com.cxcentric.rewards.entity.PointsAccount;
import com.cxcentric.rewards.entity.PointsTransfer;
import com.cxcentric.rewards.entity.PointsTransfer.Movement;
import com.cxcentric.rewards.entity.Redemption;
import com.cxcentric.rewards.entity.RedemptionStatus;
import com.cxcentric.rewards.entity.RewardItem;
import com.cxcentric.rewards.entity.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reward catalog and what happens to a redemption, in the caller's transaction. Asking for a
 * reward locks the reward's row (its stock), then the ledger locks the accounts; deciding locks
 * the redemption first, then the reward, then the accounts: the same order everywhere, so no two
 * requests wait for each other in a circle. Every step is keyed: a retried request changes nothing.
 */
@ApplicationScoped
public class RewardShop {

    static final long REDEEMED = 3;

    public static final int KEY_LENGTH = 100;

    public static final int CODE_LENGTH = 40;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private PointsLedger ledger;

    @Inject
    @ConfigProperty(name = "cx.rewards.point-value", defaultValue = "0.05")
    private BigDecimal pointValue;

    @Inject
    @ConfigProperty(name = "cx.rewards.currency", defaultValue = "EUR")
    private String currency;

    /** What a redemption asked: the redemption, and whether an earlier request with the key made it. */
    public record Asked(Redemption redemption, boolean repeated) {}

    public BigDecimal pointValue() {
        return pointValue;
    }

    public String currency() {
        return currency;
    }

    /** What {@code points} are worth in money at the configured rate, to the cent. */
    public BigDecimal money(long points) {
        return pointValue.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.HALF_UP);
    }

    public RewardItem find(String code) {
        return existing(code)
                .orElseThrow(() -> new ResourceNotFoundException("error.reward.unknown", "No reward " + code, code));
    }

    public Optional<RewardItem> existing(String code) {
        return em.createNamedQuery(RewardItem.FIND_BY_CODE, RewardItem.class)
                .setParameter("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** Whether the person may have the reward today: active, their unit inside its unit, tenure served. */
    public boolean eligible(RewardItem item, Employee person, LocalDate today) {
        return item.isActive()
                && item.tenureMet(person.getHireDate(), today)
                && (item.getUnitId() == null || within(person.getOrgUnit(), item.getUnitId()));
    }

    /** Whether the unit is the given one or lies below it: a walk up the unit's parents, no query. */
    private static boolean within(OrgUnit unit, long ancestorId) {
        for (OrgUnit step = unit; step != null; step = step.getParent()) {
            if (step.getId() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    /**
     * Creates the reward for a code not used yet or changes the one of that code.
     *
     * @throws RuleViolationException naming the field of the first thing that makes no reward
     */
    public RewardItem save(ItemDefinition d) {
        String code = d.code() == null ? "" : d.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_-]{1," + CODE_LENGTH + "}")) {
            throw new RuleViolationException(
                    "code",
                    "error.reward.code",
                    "A code of 1 to " + CODE_LENGTH + " capitals, digits, - and _",
                    CODE_LENGTH);
        }
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty() || name.length() > RewardItem.NAME_LENGTH) {
            throw new RuleViolationException(
                    "name",
                    "error.reward.name",
                    "A name of 1 to " + RewardItem.NAME_LENGTH + " characters",
                    RewardItem.NAME_LENGTH);
        }
        String description = d.description() == null || d.description().isBlank()
                ? null
                : d.description().strip();
        if (description != null && description.length() > RewardItem.DESCRIPTION_LENGTH) {
            throw new RuleViolationException(
                    "description",
                    "error.reward.description",
                    "At most " + RewardItem.DESCRIPTION_LENGTH + " characters",
                    RewardItem.DESCRIPTION_LENGTH);
        }
        if (d.motivator() == null) {
            throw new RuleViolationException("motivator", "error.reward.motivator", "Say which kind of reward it is");
        }
        if (d.costPoints() < 1 || d.costPoints() > RewardItem.MAX_COST) {
            throw new RuleViolationException(
                    "costPoints",
                    "error.reward.cost",
                    "A cost of 1 to " + RewardItem.MAX_COST + " points",
                    RewardItem.MAX_COST);
        }
        if (d.stock() != null && (d.stock() < 0 || d.stock() > RewardItem.MAX_STOCK)) {
            throw new RuleViolationException(
                    "stock",
                    "error.reward.stock",
                    "A stock of 0 to " + RewardItem.MAX_STOCK + ", or none to count nothing",
                    RewardItem.MAX_STOCK);
        }
        if (d.minTenureMonths() < 0 || d.minTenureMonths() > 600) {
            throw new RuleViolationException(
                    "minTenureMonths", "error.reward.tenure", "A minimum tenure of 0 to 600 months", 600);
        }
        Long unitId = null;
        if (d.unitCode() != null && !d.unitCode().isBlank()) {
            unitId = em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                    .setParameter("code", d.unitCode().strip())
                    .getResultStream()
                    .findFirst()
                    .map(OrgUnit::getId)
                    .orElseThrow(() -> new RuleViolationException(
                            "unitCode", "error.reward.unit", "No org unit " + d.unitCode(), d.unitCode()));
        }
        RewardItem item = existing(code).orElse(null);
        if (item == null) {
            item = new RewardItem(code);
            item.define(
                    name,
                    description,
                    d.motivator(),
                    d.costPoints(),
                    d.stock(),
                    unitId,
                    d.minTenureMonths(),
                    d.active());
            em.persist(item);
        } else {
            item.define(
                    name,
                    description,
                    d.motivator(),
                    d.costPoints(),
                    d.stock(),
                    unitId,
                    d.minTenureMonths(),
                    d.active());
        }
        em.flush();
        return item;
    }

    /**
     * The reward an award of {@code points} is given as: among the kinds the scheme may give, the
     * one the person ranks highest (kinds they did not rank after, in the scheme's order), and of
     * it the dearest reward of {@code catalog} the person may have that is in stock and costs no
     * more than the points; empty when none fits (the award is paid in points).
     */
    public Optional<RewardItem> valuedReward(
            Employee person, List<Motivator> kinds, long points, List<RewardItem> catalog, LocalDate today) {
        List<Motivator> ranking = person.getMotivators();
        List<Motivator> ordered = kinds.stream()
                .sorted(Comparator.comparingInt(
                        k -> ranking.contains(k) ? ranking.indexOf(k) : ranking.size() + kinds.indexOf(k)))
                .toList();
        for (Motivator kind : ordered) {
            Optional<RewardItem> best = catalog.stream()
                    .filter(i -> i.getMotivator() == kind && i.inStock() && i.getCostPoints() <= points)
                    .filter(i -> eligible(i, person, today))
                    .max(Comparator.comparingLong(RewardItem::getCostPoints));
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    /**
     * Spends the person's received points on the reward, once per key: the points leave at once,
     * one is taken from the stock, and the redemption waits for HR.
     *
     * @throws RuleViolationException on no key, a reward retired, out of stock or not for this
     *     person, or too few points (field {@code points})
     * @throws ConflictException when the key was used for another redemption
     */
    public Asked redeem(
            String idempotencyKey, String itemCode, Employee person, String by, LocalDate today, Instant at) {
        String key = key(idempotencyKey);
        RewardItem item = find(itemCode);
        em.refresh(item, LockModeType.PESSIMISTIC_WRITE);
        // Under the reward's lock: a request with the same key that went first is committed and found here.
        Optional<Redemption> earlier = em.createNamedQuery(Redemption.FIND_BY_KEY, Redemption.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().getEmployeeId().equals(person.getId())
                    || !earlier.get().getItemId().equals(item.getId())) {
                throw new ConflictException(
                        "idempotencyKey",
                        "error.reward.keyReused",
                        "The key " + key + " was already used for another redemption",
                        key);
            }
            return new Asked(earlier.get(), true);
        }
        if (!eligible(item, person, today)) {
            throw new RuleViolationException(
                    "item",
                    "error.reward.notForYou",
                    "The reward " + item.getCode() + " is not offered to " + person.getEmployeeNumber(),
                    item.getName());
        }
        if (!item.inStock()) {
            throw new RuleViolationException(
                    "item", "error.reward.outOfStock", "No " + item.getCode() + " is left", item.getName());
        }
        PointsAccount received = ledger.existing(AccountKind.RECEIVED, person.getId())
                .orElseThrow(() -> new RuleViolationException(
                        "points",
                        "error.points.notEnough",
                        "No points received yet; " + item.getCostPoints() + " asked for",
                        0,
                        item.getCostPoints()));
        PointsTransfer paid = ledger.move(
                new Movement(
                        "redeem:" + key,
                        TransferKind.REDEMPTION,
                        item.getCostPoints(),
                        today,
                        by,
                        item.getName(),
                        null,
                        null),
                received,
                em.find(PointsAccount.class, REDEEMED),
                today);
        item.take();
        var redemption =
                new Redemption(key, item, person.getId(), money(item.getCostPoints()), currency, paid.getId(), at);
        em.persist(redemption);
        em.flush();
        return new Asked(redemption, false);
    }

    /**
     * Marks a pending redemption handed over; settling it again changes nothing.
     *
     * @return whether it was settled now (false when it was settled already)
     * @throws ConflictException when it was refused
     */
    public boolean settle(long redemptionId, String by, String note, Instant at) {
        Redemption redemption = locked(redemptionId);
        if (redemption.getStatus() == RedemptionStatus.SETTLED) {
            return false;
        }
        if (redemption.getStatus() == RedemptionStatus.REFUSED) {
            throw decidedAlready(redemption);
        }
        redemption.settle(by, note(note, false), at);
        em.flush();
        return true;
    }

    /**
     * Refuses a pending redemption with a reason: the points go back to the person and the reward
     * back to the stock; refusing it again changes nothing.
     *
     * @return whether it was refused now (false when it was refused already)
     * @throws RuleViolationException without a reason (field {@code reason})
     * @throws ConflictException when it was settled
     */
    public boolean refuse(long redemptionId, String by, String reason, LocalDate today, Instant at) {
        String why = note(reason, true);
        Redemption redemption = locked(redemptionId);
        if (redemption.getStatus() == RedemptionStatus.REFUSED) {
            return false;
        }
        if (redemption.getStatus() == RedemptionStatus.SETTLED) {
            throw decidedAlready(redemption);
        }
        RewardItem item = em.find(RewardItem.class, redemption.getItemId());
        em.refresh(item, LockModeType.PESSIMISTIC_WRITE);
        PointsTransfer refund = ledger.move(
                new Movement(
                        "refund:redemption:" + redemption.getId(),
                        TransferKind.REFUND,
                        redemption.getPoints(),
                        today,
                        by,
                        why,
                        null,
                        null),
                em.find(PointsAccount.class, REDEEMED),
                ledger.account(AccountKind.RECEIVED, redemption.getEmployeeId()),
                today);
        item.giveBack();
        redemption.refuse(by, why, refund.getId(), at);
        em.flush();
        return true;
    }

    private Redemption locked(long id) {
        Redemption redemption = em.find(Redemption.class, id);
        if (redemption == null) {
            throw new ResourceNotFoundException("error.redemption.unknown", "No redemption " + id, id);
        }
        em.refresh(redemption, LockModeType.PESSIMISTIC_WRITE);
        return redemption;
    }

    private static ConflictException decidedAlready(Redemption redemption) {
        return new ConflictException(
                null,
                "error.redemption.decided",
                "Redemption " + redemption.getId() + " is " + redemption.getStatus() + " already",
                redemption.getId());
    }

    private static String note(String note, boolean required) {
        String text = note == null ? "" : note.strip();
        if ((required && text.isEmpty()) || text.length() > Redemption.NOTE_LENGTH) {
            throw new RuleViolationException(
                    "reason",
                    required ? "error.redemption.reason" : "error.redemption.note",
                    (required ? "Say why, in 1 to " : "A note of at most ") + Redemption.NOTE_LENGTH + " characters",
                    Redemption.NOTE_LENGTH);
        }
        return text.isEmpty() ? null : text;
    }

    private static String key(String key) {
        if (key == null || key.isBlank() || key.strip().length() > KEY_LENGTH) {
            throw new RuleViolationException(
                    "idempotencyKey",
                    "error.reward.key",
                    "Every redemption carries an idempotency key of 1 to " + KEY_LENGTH + " characters",
                    KEY_LENGTH);
        }
        return key.strip();
    }
}
