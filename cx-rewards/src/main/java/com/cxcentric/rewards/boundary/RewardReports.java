package com.cxcentric.rewards.boundary;

import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.control.RecognitionEquity;
import com.cxcentric.rewards.control.RecognitionEquity.Grouping;
import com.cxcentric.rewards.control.RecognitionEquity.Report;
import com.cxcentric.rewards.control.RewardTotals;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What HR and leadership read of recognition as a whole: whether it reaches everyone, and where
 * the points went by reward scheme and by company value.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
public class RewardReports {

    public static final int MAX_DAYS = 731;

    @Inject
    private RecognitionEquity equity;

    @Inject
    private RewardTotals totals;

    /** Each reward scheme's awards over the last {@code days} days. */
    public List<RewardTotals.SchemeTotal> bySchemes(int days) {
        return totals.bySchemes(window(days));
    }

    /** Each company value's recognition over the last {@code days} days. */
    public List<RewardTotals.ValueTotal> byValues(int days) {
        return totals.byValues(window(days));
    }

    private static int window(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new RuleViolationException(
                    "days", "error.equity.days", "A window of 1 to " + MAX_DAYS + " days", MAX_DAYS);
        }
        return days;
    }

    /**
     * Recognition equity over the last {@code days} days, grouped.
     *
     * @throws RuleViolationException when the days are not 1 to {@value #MAX_DAYS} or no grouping is given
     */
    public Report equity(Grouping grouping, int days) {
        if (grouping == null) {
            throw new RuleViolationException(
                    "groupBy", "error.equity.groupBy", "Group by DEPARTMENT, CONTACT_LEVEL, TENURE or SEGMENT");
        }
        return equity.report(grouping, window(days));
    }
}
