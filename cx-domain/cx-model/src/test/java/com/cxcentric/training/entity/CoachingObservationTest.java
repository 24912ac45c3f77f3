package com.cxcentric.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoachingObservationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Employee PERSON = new Employee("E1", "Ana", "Wijaya", ContactLevel.FRONT_LINE);
    private static final CoachingCheck GAP_SHOWN = new CoachingCheck("GAP_QUESTION", "QUESTIONING", true);
    private static final CoachingCheck APOLOGY_MISSED =
            new CoachingCheck("APOLOGISED_OWNED", "SERVICE_RECOVERY", false);
    private static final CoachingCheck CHANNEL_SHOWN =
            new CoachingCheck("PREFERRED_CHANNEL", "SERVICE_STANDARDS", true);

    private static CoachingObservation observe(LocalDate day, String interaction, List<CoachingCheck> checks) {
        return new CoachingObservation(PERSON, "lead", "Siti Gunawan", day, interaction, " ", checks, TODAY);
    }

    private static String fieldOf(Runnable refused) {
        return assertThrows(RuleViolationException.class, refused::run).getField();
    }

    @Test
    void countsTheTickedBehavioursAndTheShareShownRoundedHalfUp() {
        var observation =
                observe(TODAY, "  Call about a late sofa  ", List.of(GAP_SHOWN, APOLOGY_MISSED, CHANNEL_SHOWN));

        assertEquals(2, observation.getBehavioursMet());
        assertEquals(3, observation.getBehavioursSeen());
        assertEquals(67, observation.shownPercent());
        assertEquals("Call about a late sofa", observation.getInteraction());
        assertEquals(null, observation.getNote(), "a blank note is no note");
    }

    @Test
    void refusesADayInTheFutureOrFurtherBackThanNinetyDays() {
        assertEquals("observedOn", fieldOf(() -> observe(TODAY.plusDays(1), "Call", List.of(GAP_SHOWN))));
        assertEquals(
                "observedOn",
                fieldOf(() ->
                        observe(TODAY.minusDays(CoachingObservation.MAX_DAYS_BACK + 1L), "Call", List.of(GAP_SHOWN))));
        assertEquals(
                1,
                observe(TODAY.minusDays(CoachingObservation.MAX_DAYS_BACK), "Call", List.of(GAP_SHOWN))
                        .getBehavioursSeen());
    }

    @Test
    void refusesAnObservationWithoutInteractionOrTicksOrWithABehaviourTickedTwice() {
        assertEquals("interaction", fieldOf(() -> observe(TODAY, "   ", List.of(GAP_SHOWN))));
        assertEquals(
                "interaction",
                fieldOf(() ->
                        observe(TODAY, "x".repeat(CoachingObservation.INTERACTION_LENGTH + 1), List.of(GAP_SHOWN))));
        assertEquals("checks", fieldOf(() -> observe(TODAY, "Call", List.of())));
        assertEquals(
                "checks",
                fieldOf(() -> observe(
                        TODAY, "Call", List.of(GAP_SHOWN, new CoachingCheck("GAP_QUESTION", "QUESTIONING", false)))));
    }

    @Test
    void refusesANoteLongerThanTheColumn() {
        assertEquals(
                "note",
                fieldOf(() -> new CoachingObservation(
                        PERSON,
                        "lead",
                        "Siti",
                        TODAY,
                        "Call",
                        "n".repeat(CoachingObservation.NOTE_LENGTH + 1),
                        List.of(GAP_SHOWN),
                        TODAY)));
    }
}
