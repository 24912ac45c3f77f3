package com.cxcentric.rewards.boundary;

import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.rewards.control.RedemptionViews;
import com.cxcentric.rewards.control.RedemptionViews.PayrollRow;
import com.cxcentric.rewards.control.RedemptionViews.RedemptionView;
import com.cxcentric.rewards.control.RewardShop;
import com.cxcentric.rewards.entity.Redemption;
import com.cxcentric.rewards.entity.RedemptionStatus;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Received points spent on rewards: anyone asks for a reward of the catalog (the points are
 * reserved at once), HR hands it over or refuses it with a reason (the points come back), and
 * payroll reads what was handed over each month. Every step is keyed or checked, so a retried
 * request changes nothing.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class Redemptions {

    /** What a request made: the redemption, and whether an earlier request with the key made it. */
    public record Redeemed(RedemptionView redemption, boolean repeated) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private RewardShop shop;

    @Inject
    private RedemptionViews views;

    @Inject
    private NotificationWriter notifications;

    @Inject
    private BusinessDay businessDay;

    /**
     * Spends the caller's received points on a reward, once per key.
     *
     * @throws com.cxcentric.platform.RuleViolationException naming the field: no key, a reward
     *     not offered to the caller or out of stock ({@code item}), too few points ({@code points})
     * @throws com.cxcentric.platform.ResourceNotFoundException for an unknown reward
     * @throws com.cxcentric.platform.ConflictException when the key was used for another redemption
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    public Redeemed redeem(String idempotencyKey, String itemCode) {
        Employee me = me();
        var asked = shop.redeem(
                idempotencyKey,
                itemCode,
                me,
                context.getCallerPrincipal().getName(),
                businessDay.today(),
                Instant.now());
        return new Redeemed(views.view(asked.redemption()), asked.repeated());
    }

    /** The caller's redemptions, newest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    public Page<RedemptionView> mine(PageRequest page) {
        return views.of(me().getId(), page);
    }

    /** The redemptions of a status, or all when null; pending ones oldest first. */
    public Page<RedemptionView> list(RedemptionStatus status, PageRequest page) {
        return views.byStatus(status, page);
    }

    /**
     * Marks a pending redemption handed over, with an optional note; again changes nothing.
     *
     * @throws com.cxcentric.platform.ConflictException when it was refused
     */
    public RedemptionView settle(long redemptionId, String note) {
        if (shop.settle(redemptionId, context.getCallerPrincipal().getName(), note, Instant.now())) {
            tell(NotificationKind.REDEMPTION_SETTLED, redemptionId);
        }
        return views.view(em.find(Redemption.class, redemptionId));
    }

    /**
     * Refuses a pending redemption with a reason; the points go back. Again changes nothing.
     *
     * @throws com.cxcentric.platform.RuleViolationException without a reason ({@code reason})
     * @throws com.cxcentric.platform.ConflictException when it was settled
     */
    public RedemptionView refuse(long redemptionId, String reason) {
        if (shop.refuse(
                redemptionId, context.getCallerPrincipal().getName(), reason, businessDay.today(), Instant.now())) {
            tell(NotificationKind.REDEMPTION_REFUSED, redemptionId);
        }
        return views.view(em.find(Redemption.class, redemptionId));
    }

    /** What was handed over in a month, per person and kind of reward, for payroll and tax. */
    public List<PayrollRow> payroll(YearMonth month) {
        return views.payroll(month);
    }

    private void tell(NotificationKind kind, long redemptionId) {
        notifications.write(
                kind,
                "SELECT r.employee_id, NULL, NULL, i.name, NULL, CAST(r.id AS VARCHAR(20)) FROM redemption r"
                        + " JOIN reward_item i ON i.id = r.item_id WHERE r.id = CAST(? AS BIGINT)",
                List.of(redemptionId),
                Instant.now());
    }

    private Employee me() {
        return accounts.linkedEmployee(context.getCallerPrincipal().getName());
    }
}
