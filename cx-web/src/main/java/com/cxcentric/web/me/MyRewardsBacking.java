package com.cxcentric.web.me;

import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.platform.BusinessException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.rewards.boundary.Approvals;
import com.cxcentric.rewards.boundary.MyPoints;
import com.cxcentric.rewards.boundary.Redemptions;
import com.cxcentric.rewards.boundary.RewardCatalog;
import com.cxcentric.rewards.control.RedemptionViews.Offer;
import com.cxcentric.rewards.control.RedemptionViews.RedemptionView;
import com.cxcentric.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * /me/rewards.xhtml, every employee's: their received points, the rewards offered to them (the
 * kind they rank first first), a request for a reward outside the catalog, and what they redeemed. Each redemption the page sends carries a
 * key made when the page was shown, so a double click or a resend redeems once.
 */
@Named
@ViewScoped
public class MyRewardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int HISTORY = 50;

    @Inject
    private RewardCatalog catalog;

    @Inject
    private Redemptions redemptions;

    @Inject
    private MyPoints points;

    @Inject
    private Approvals approvals;

    @Inject
    private FacesMessages messages;

    private String key;
    private MyPoints.Balances balances;
    private List<Offer> offers = List.of();
    private Page<RedemptionView> history;
    private String wishTitle;
    private Motivator wishMotivator;
    private Long wishPoints;
    private String wishReason;

    @PostConstruct
    void load() {
        key = UUID.randomUUID().toString();
        balances = points.balances();
        offers = catalog.forMe();
        history = redemptions.mine(new PageRequest(0, HISTORY));
    }

    /**
     * Asks for the reward outside the catalog the form describes, with the page's key; the points
     * are held at once and the caller's approvers decide.
     */
    public void askReward() {
        try {
            var made = approvals.askReward(new Approvals.RewardRequest(
                    key + ":wish",
                    wishTitle,
                    wishMotivator == null ? null : wishMotivator.name(),
                    wishPoints,
                    wishReason));
            messages.info(
                    "rewards.wish.sent",
                    made.approval().rewardTitle(),
                    made.approval().points(),
                    made.approval().stages());
            wishTitle = null;
            wishMotivator = null;
            wishPoints = null;
            wishReason = null;
            load();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public List<Motivator> getMotivators() {
        return List.of(Motivator.values());
    }

    public String getWishTitle() {
        return wishTitle;
    }

    public void setWishTitle(String wishTitle) {
        this.wishTitle = wishTitle;
    }

    public Motivator getWishMotivator() {
        return wishMotivator;
    }

    public void setWishMotivator(Motivator wishMotivator) {
        this.wishMotivator = wishMotivator;
    }

    public Long getWishPoints() {
        return wishPoints;
    }

    public void setWishPoints(Long wishPoints) {
        this.wishPoints = wishPoints;
    }

    public String getWishReason() {
        return wishReason;
    }

    public void setWishReason(String wishReason) {
        this.wishReason = wishReason;
    }

    /** Redeems the reward of {@code code} with the page's key, then shows the new balance and a fresh key. */
    public void redeem(String code) {
        try {
            var made = redemptions.redeem(key + ":" + code, code);
            messages.info(
                    "rewards.redeemed",
                    made.redemption().itemName(),
                    made.redemption().points());
            load();
        } catch (BusinessException refused) {
            messages.error(refused);
        }
    }

    public MyPoints.Balances getBalances() {
        return balances;
    }

    public List<Offer> getOffers() {
        return offers;
    }

    public List<RedemptionView> getHistory() {
        return history.items();
    }

    public long getHistoryTotal() {
        return history.total();
    }
}
