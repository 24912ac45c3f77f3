package com.cxcentric.rewards.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BudgetsAndApprovalsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    private static RewardBudget budget(long limit) {
        return new RewardBudget(
                7, SchemePeriod.parse(PeriodKind.QUARTER, "2026-Q4"), limit, BudgetMode.FIXED, null, NOW);
    }

    @Test
    void aBudgetCoversItsWholePeriodAndIsExceededOnlyPastItsLimit() {
        RewardBudget budget = budget(1_000);

        assertEquals(LocalDate.of(2026, 10, 1), budget.getPeriodStart());
        assertEquals(LocalDate.of(2026, 12, 31), budget.getPeriodEnd());
        assertFalse(budget.exceededBy(900, 100), "exactly the limit is within it");
        assertTrue(budget.exceededBy(900, 101));
        assertThrows(IllegalArgumentException.class, () -> budget(0));
    }

    @Test
    void raisingTheLimitLetsTheOwnerBeWarnedAgainLoweringItDoesNot() {
        RewardBudget budget = budget(1_000);
        budget.warned(NOW);
        budget.change(900, BudgetMode.FLEXIBLE, 3L, NOW);
        assertNotNull(budget.getWarnedAt());
        budget.change(2_000, BudgetMode.FLEXIBLE, 3L, NOW);
        assertNull(budget.getWarnedAt());
    }

    @Test
    void aDrawIsPositiveAndOnlyAReturnIsNegative() {
        assertThrows(
                IllegalArgumentException.class, () -> new BudgetDraw(1, 2, BudgetPurpose.BOOST, -5, LocalDate.MIN));
        assertThrows(
                IllegalArgumentException.class, () -> new BudgetDraw(1, 2, BudgetPurpose.RETURN, 5, LocalDate.MIN));
        assertThrows(IllegalArgumentException.class, () -> new BudgetDraw(1, 2, BudgetPurpose.AWARD, 0, LocalDate.MIN));
        assertEquals(-5, new BudgetDraw(1, 2, BudgetPurpose.RETURN, -5, LocalDate.MIN).getPoints());
        assertTrue(BudgetPurpose.BOOST.isDiscretionary());
        assertFalse(BudgetPurpose.ALLOWANCE.isDiscretionary(), "an allowance is owed whatever the budget");
    }

    @Test
    void aRequestMovesStageByStageAndIsDecidedOnce() {
        var ask = new ApprovalRequest.Ask(
                ApprovalKind.NOMINATION, 1, 500, "Why", "OWN_IT", null, 2L, "someone", "key", 2);
        var request = new ApprovalRequest(ask, null, 9, NOW);
        assertFalse(request.atLastStage());
        request.reminded(NOW);
        request.nextStage(NOW.plusSeconds(60));

        assertEquals(2, request.getStage());
        assertTrue(request.atLastStage());
        assertNull(request.getRemindedAt(), "the next approver's wait starts anew");
        assertThrows(IllegalStateException.class, () -> request.nextStage(NOW));
        request.decide(ApprovalStatus.APPROVED, 10, NOW);
        assertThrows(IllegalStateException.class, () -> request.decide(ApprovalStatus.REFUSED, 11, NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ApprovalRequest.Ask(ApprovalKind.AWARD, 1, 10, "Why", null, null, null, "x", "k", 4));
    }

    @Test
    void anHrStageNamesNobodyAndALeadsStageNamesTheLead() {
        assertThrows(IllegalArgumentException.class, () -> new ApprovalStep(1, 1, Approver.HR, 5L));
        assertThrows(IllegalArgumentException.class, () -> new ApprovalStep(1, 1, Approver.TEAM_LEAD, null));
        var step = new ApprovalStep(1, 1, Approver.TEAM_LEAD, 5L);
        step.escalateTo(Approver.HR, null, NOW);
        assertEquals(Approver.HR, step.getApprover());
        step.decide(ApprovalDecision.APPROVED, null, "hr", NOW);
        assertThrows(IllegalStateException.class, () -> step.decide(ApprovalDecision.REFUSED, "No", "hr", NOW));
    }
}
