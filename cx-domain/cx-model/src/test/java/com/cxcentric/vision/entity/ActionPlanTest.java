package com.cxcentric.vision.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActionPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private static final OrgUnit TEAM = new OrgUnit("CC-A", "Voice Team A", OrgUnitType.TEAM, null);
    private static final Employee OWNER = new Employee("E9", "Dewi", "Lestari", ContactLevel.CUSTOMER_SUPPORT);

    private static ActionPlan plan(ActionTarget kind, String rootCause, LocalDate due, List<String> steps) {
        return ActionPlan.set(
                TEAM,
                "No call-back forgotten",
                kind,
                "No call-back",
                rootCause,
                OWNER,
                due,
                steps,
                null,
                "lead",
                TODAY);
    }

    @Test
    void aNewPlanHasNotStartedAndSkipsBlankSteps() {
        ActionPlan plan =
                plan(ActionTarget.OUTCOME_METRIC, null, TODAY.plusDays(30), List.of("Tickets", " ", "Handover"));
        assertEquals(ActionPlanStatus.NOT_STARTED, plan.getStatus());
        assertEquals(0, plan.getPercentDone());
        assertEquals(
                List.of(1, 2),
                plan.getSteps().stream().map(ActionStep::getPosition).toList());
    }

    @Test
    void aRecurringComplaintNeedsItsRootCauseAndADueDateInThePastIsRefused() {
        var noCause = assertThrows(
                RuleViolationException.class,
                () -> plan(ActionTarget.COMPLAINT_CATEGORY, " ", TODAY.plusDays(5), List.of()));
        assertEquals("rootCause", noCause.getField());
        var past = assertThrows(
                RuleViolationException.class,
                () -> plan(ActionTarget.OUTCOME_METRIC, null, TODAY.minusDays(1), List.of()));
        assertEquals("dueOn", past.getField());
    }

    @Test
    void progressTicksStepsAndCompleteMeansAllDoneOnThatDay() {
        ActionPlan plan = plan(ActionTarget.OUTCOME_METRIC, null, TODAY.plusDays(30), List.of("Tickets", "Handover"));
        plan.progress(ActionPlanStatus.IN_PROGRESS, 40, Set.of(1), "Tickets live", TODAY);
        assertTrue(plan.getSteps().get(0).isDone());
        assertFalse(plan.getSteps().get(1).isDone());
        assertEquals(40, plan.getPercentDone());
        plan.progress(ActionPlanStatus.COMPLETE, 70, Set.of(1, 2), null, TODAY.plusDays(3));
        assertEquals(100, plan.getPercentDone(), "complete is all done");
        assertEquals(TODAY.plusDays(3), plan.getCompletedOn());
        assertEquals(TODAY, plan.getSteps().get(0).getDoneOn(), "a step keeps the day it was done");
        plan.progress(ActionPlanStatus.IN_PROGRESS, 90, Set.of(1, 2), null, TODAY.plusDays(4));
        assertNull(plan.getCompletedOn(), "reopened");
    }

    @Test
    void aPlanPastItsDueDateIsOverdueWhileOpenAndACancelledPlanDoesNotChange() {
        ActionPlan plan = plan(ActionTarget.SERVICE_STANDARD, null, TODAY, List.of());
        assertFalse(plan.overdue(TODAY));
        assertTrue(plan.overdue(TODAY.plusDays(1)));
        assertThrows(
                RuleViolationException.class,
                () -> plan.progress(ActionPlanStatus.NOT_STARTED, 10, Set.of(), null, TODAY));
        assertThrows(
                RuleViolationException.class,
                () -> plan.progress(ActionPlanStatus.IN_PROGRESS, 101, Set.of(), null, TODAY));
        plan.progress(ActionPlanStatus.CANCELLED, 0, Set.of(), "Not needed", TODAY);
        assertFalse(plan.overdue(TODAY.plusDays(9)), "a cancelled plan is not overdue");
        assertThrows(
                ConflictException.class, () -> plan.progress(ActionPlanStatus.IN_PROGRESS, 10, Set.of(), null, TODAY));
    }
}
