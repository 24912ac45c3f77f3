package com.cxcentric.rewards.control;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.ApprovalKind;
import com.cxcentric.rewards.entity.ApprovalRequest;
import com.cxcentric.rewards.entity.ApprovalRequest.Ask;
import com.cxcentric.rewards.entity.PointsAccount;
import com.cxcentric.rewards.entity.PointsTransfer;
import com.cxcentric.rewards.entity.PointsTransfer.Movement;
import com.cxcentric.rewards.entity.Redemption;
import com.cxcentric.rewards.entity.RewardItem;
import com.cxcentric.rewards.entity.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rewards outside the catalog, in the caller's transaction. A person asks for one with their own
 * received points: the points are held at once (from their account to the company's held
 * account, so they cannot be spent twice while approvers decide) through as many stages as the
 * points call for. The last approval makes it a one-off reward redeemed for them, waiting in HR's
 * fulfilment queue like any other; a refusal at any stage gives the points back.
 */
@ApplicationScoped
public class CustomRewards {

    /** What a person asks for. */
    public record Wish(String title, Motivator motivator, long points, String reason) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private PointsLedger ledger;

    @Inject
    private ApprovalFlow flow;

    @Inject
    private RewardShop shop;

    /**
     * Asks for a reward outside the catalog, once per key.
     *
     * @throws RuleViolationException naming the field: {@code title}, {@code motivator},
     *     {@code points} (out of range, or more than the person has received), {@code reason}
     * @throws ConflictException when the key was used for another request
     */
    public ApprovalRequest ask(Employee person, Wish wish, String key, String by, LocalDate today) {
        String title = text(wish.title(), RewardItem.NAME_LENGTH, "title", "error.customReward.title");
        if (wish.motivator() == null) {
            throw new RuleViolationException(
                    "motivator", "error.customReward.motivator", "Say which kind of reward it is");
        }
        if (wish.points() < 1 || wish.points() > RewardItem.MAX_COST) {
            throw new RuleViolationException(
                    "points",
                    "error.customReward.points",
                    "A reward costs 1 to " + RewardItem.MAX_COST + " points",
                    RewardItem.MAX_COST);
        }
        String reason = text(wish.reason(), ApprovalRequest.REASON_LENGTH, "reason", "error.nomination.reason");
        Optional<ApprovalRequest> earlier = em.createNamedQuery(ApprovalRequest.FIND_BY_KEY, ApprovalRequest.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            ApprovalRequest found = earlier.get();
            if (found.getKind() != ApprovalKind.REWARD
                    || !found.getEmployeeId().equals(person.getId())
                    || found.getPoints() != wish.points()
                    || !title.equals(found.getRewardTitle())) {
                throw new ConflictException(
                        "idempotencyKey",
                        "error.approval.keyReused",
                        "The key " + key + " was already used for another request",
                        key);
            }
            return found;
        }
        PointsAccount received = ledger.existing(AccountKind.RECEIVED, person.getId())
                .orElseThrow(() -> new RuleViolationException(
                        "points",
                        "error.points.notEnough",
                        "No points received yet; " + wish.points() + " asked for",
                        0,
                        wish.points()));
        PointsTransfer hold = ledger.move(
                new Movement(
                        "hold:" + key, TransferKind.HOLD, wish.points(), today, by, "Asked for: " + title, null, null),
                received,
                ledger.held(),
                today);
        var chain = flow.approvers(person, person.getId(), flow.stagesFor(wish.points()));
        var request = new ApprovalRequest(
                new Ask(
                        ApprovalKind.REWARD,
                        person.getId(),
                        wish.points(),
                        reason,
                        null,
                        null,
                        person.getId(),
                        by,
                        key,
                        chain.size()),
                null,
                hold.getId(),
                Instant.now());
        request.forReward(title, wish.motivator());
        flow.begin(request, chain);
        return request;
    }

    /**
     * The last approval: the reward becomes a one-off reward of the catalog, redeemed for the
     * person with the held points; returns the transfer that paid it.
     */
    PointsTransfer redeem(ApprovalRequest request, String by, LocalDate today, Instant now) {
        PointsTransfer paid = ledger.move(
                ApprovalFlow.outcome(request, "redeem", TransferKind.REDEMPTION, by, today),
                ledger.held(),
                em.find(PointsAccount.class, RewardShop.REDEEMED),
                today);
        RewardItem item = RewardItem.oneOff(
                "ASKED-" + request.getId(),
                request.getRewardTitle(),
                request.getReason(),
                request.getRewardMotivator(),
                request.getPoints());
        em.persist(item);
        em.flush();
        var redemption = new Redemption(
                "approval:" + request.getId(),
                item,
                request.getEmployeeId(),
                shop.money(request.getPoints()),
                shop.currency(),
                paid.getId(),
                now);
        em.persist(redemption);
        em.flush();
        request.redeemedAs(redemption.getId());
        return paid;
    }

    /** A refusal: the held points go back to the person who asked. */
    PointsTransfer giveBack(ApprovalRequest request, String by, LocalDate today) {
        return ledger.move(
                ApprovalFlow.outcome(request, "return", TransferKind.REFUND, by, today),
                ledger.held(),
                ledger.account(AccountKind.RECEIVED, request.getEmployeeId()),
                today);
    }

    private static String text(String value, int length, String field, String code) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > length) {
            throw new RuleViolationException(field, code, field + ": 1 to " + length + " characters", length);
        }
        return text;
    }
}
