package com.cxcentric.rewards.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.rewards.control.PointsLedger;
import com.cxcentric.rewards.control.RedemptionViews;
import com.cxcentric.rewards.control.RedemptionViews.ItemView;
import com.cxcentric.rewards.control.RedemptionViews.Offer;
import com.cxcentric.rewards.control.RewardShop;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.ItemDefinition;
import com.cxcentric.rewards.entity.PointsAccount;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The rewards received points buy. HR keeps the catalog; everyone sees what they may have, the
 * kind they value most first.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class RewardCatalog {

    /** What a save made: the reward as it is now, and whether it is new. */
    public record Saved(ItemView item, boolean created) {}

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private RewardShop shop;

    @Inject
    private RedemptionViews views;

    @Inject
    private PointsLedger ledger;

    /** Every reward, retired ones last. */
    public List<ItemView> items() {
        return views.items();
    }

    public ItemView item(String code) {
        return views.item(shop.find(code));
    }

    /** How many redemptions wait for HR, per reward code. */
    public Map<String, Long> pendingByItem() {
        return views.pendingByItem();
    }

    /**
     * Creates the reward of a new code ({@code create}) or changes the existing one.
     *
     * @throws com.cxcentric.platform.RuleViolationException naming the field at fault
     * @throws ConflictException when creating a code that is taken
     * @throws com.cxcentric.platform.ResourceNotFoundException when changing a code that is not
     */
    public Saved save(ItemDefinition definition, boolean create) {
        boolean exists = shop.existing(definition.code()).isPresent();
        if (create && exists) {
            throw new ConflictException(
                    "code",
                    "error.reward.codeTaken",
                    "A reward " + definition.code() + " exists already",
                    definition.code());
        }
        if (!create) {
            shop.find(definition.code());
        }
        return new Saved(views.item(shop.save(definition)), !exists);
    }

    /** The rewards the caller may have today, those of the kind they value most first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
    public List<Offer> forMe() {
        Employee me = accounts.linkedEmployee(context.getCallerPrincipal().getName());
        long balance = ledger.existing(AccountKind.RECEIVED, me.getId())
                .map(PointsAccount::getBalance)
                .orElse(0L);
        return views.offersFor(me, balance);
    }
}
