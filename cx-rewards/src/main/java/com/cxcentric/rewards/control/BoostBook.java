package com.cxcentric.rewards.control;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.BudgetPurpose;
import com.cxcentric.rewards.entity.PointsTransfer;
import com.cxcentric.rewards.entity.PointsTransfer.Movement;
import com.cxcentric.rewards.entity.Recognition;
import com.cxcentric.rewards.entity.RewardBudget;
import com.cxcentric.rewards.entity.TransferKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Pays a boost in the caller's transaction: the person's budget locked and checked first (a fixed
 * one refuses past its limit), then the points from the company's issued account to the person's
 * received points, linked to the recognition, and the draw recorded.
 */
@ApplicationScoped
public class BoostBook {

    @Inject
    private PointsLedger ledger;

    @Inject
    private Budgets budgets;

    /**
     * @throws com.cxcentric.platform.RuleViolationException on {@code points} past a fixed budget
     */
    public PointsTransfer pay(
            Recognition recognition,
            Employee person,
            long points,
            String key,
            String by,
            String memo,
            LocalDate today) {
        Long unitId = person.getOrgUnit() == null ? null : person.getOrgUnit().getId();
        Optional<RewardBudget> budget = budgets.reserve(unitId, BudgetPurpose.BOOST, points, today);
        PointsTransfer boost = ledger.move(
                new Movement(key, TransferKind.BOOST, points, today, by, memo, recognition.getId(), null),
                ledger.issued(),
                ledger.account(AccountKind.RECEIVED, person.getId()),
                today);
        budget.ifPresent(b -> budgets.drawn(b, boost, BudgetPurpose.BOOST, points, today));
        return boost;
    }
}
