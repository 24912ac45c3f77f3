package com.cxcentric.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.segmentation.entity.Segment;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReinforcementCalendarTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void remindersGoOutTheConfiguredDaysBeforeTheDueDate() {
        assertEquals(LocalDate.of(2026, 11, 26), ReinforcementCalendar.remindDueOn(DAY, 3));
    }

    @Test
    void anAssignmentBecomesOverdueTheDayAfterItsDueDate() {
        assertEquals(LocalDate.of(2026, 11, 22), ReinforcementCalendar.overdueSinceDueOn(DAY));
    }

    @Test
    void refreshersFollowThePassBySevenThirtyAndNinetyDays() {
        assertEquals(
                LocalDate.of(2026, 11, 16),
                ReinforcementCalendar.refresherForCompletionsOn(DAY, Refresher.OFFSETS.get(0)));
        assertEquals(
                LocalDate.of(2026, 10, 24),
                ReinforcementCalendar.refresherForCompletionsOn(DAY, Refresher.OFFSETS.get(1)));
        assertEquals(
                LocalDate.of(2026, 8, 25),
                ReinforcementCalendar.refresherForCompletionsOn(DAY, Refresher.OFFSETS.get(2)));
    }

    @Test
    void recertificationStartsWhenTheExpiryEntersTheWindow() {
        assertEquals(LocalDate.of(2026, 12, 23), ReinforcementCalendar.recertifyExpiringBy(DAY, 30));
    }

    @Test
    void aRecertificationIsDueAtExpiryButNeverInLessThanTwoWeeks() {
        assertEquals(
                LocalDate.of(2026, 12, 20),
                ReinforcementCalendar.recertificationDue(LocalDate.of(2026, 12, 20), DAY),
                "in the window: due at expiry");
        assertEquals(
                DAY.plusDays(ReinforcementCalendar.MIN_RECERTIFICATION_DAYS),
                ReinforcementCalendar.recertificationDue(LocalDate.of(2026, 11, 25), DAY),
                "found late: two weeks");
        assertEquals(
                DAY.plusDays(ReinforcementCalendar.MIN_RECERTIFICATION_DAYS),
                ReinforcementCalendar.recertificationDue(LocalDate.of(2026, 1, 1), DAY),
                "already expired: two weeks");
    }

    @Test
    void aRuleGivesJoinersNDaysAndEarlierMembersNDaysFromTheRulesStart() {
        TrainingRule rule = new TrainingRule(segment(), "CX-RECOVERY", 30, true, null, "hr");

        assertEquals(LocalDate.of(2026, 12, 30), rule.dueFor(LocalDate.of(2026, 11, 30), DAY), "joined after");
        assertEquals(LocalDate.of(2026, 12, 23), rule.dueFor(LocalDate.of(2025, 1, 1), DAY), "member before");
    }

    @Test
    void aRuleRefusesDaysOutsideOneToAYear() {
        assertThrows(RuleViolationException.class, () -> new TrainingRule(segment(), "C", 0, true, null, "hr"));
        assertThrows(RuleViolationException.class, () -> new TrainingRule(segment(), "C", 367, true, null, "hr"));
    }

    @Test
    void anEndedRuleCannotEndAgain() {
        TrainingRule rule = new TrainingRule(segment(), "C", 10, true, null, "hr");
        rule.end("hr", java.time.Instant.now());

        assertEquals(false, rule.isActive());
        assertThrows(RuleViolationException.class, () -> rule.end("hr", java.time.Instant.now()));
    }

    private static Segment segment() {
        return new Segment("Front line");
    }
}
