package com.cxcentric.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.demo.DemoTrainingRollout.Wave;
import com.cxcentric.organization.entity.ContactLevel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTrainingRolloutTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final DemoCompany company = new DemoCompanyGenerator(42L, TODAY).generate();
    private final DemoTrainingRollout rollout = new DemoTrainingRollout(company, TODAY, 42L);

    private List<Wave> waves(String course) {
        return rollout.waves().stream().filter(w -> w.course().equals(course)).toList();
    }

    @Test
    void serviceRecoveryReachesTheCustomerFacingTeamsOneAfterAnotherWithAQuarterStillToCome() {
        List<Wave> recovery = waves(DemoTrainingRollout.RECOVERY);
        long recent = recovery.stream()
                .filter(w -> w.assignedOn().isAfter(TODAY.minusDays(20)))
                .count();

        assertEquals(Math.round(recovery.size() * 0.25), recent);
        assertTrue(recovery.stream().map(Wave::assignedOn).distinct().count() > recovery.size() / 2, "staggered");
        assertTrue(company.people().stream()
                .filter(p -> p.contactLevel() == ContactLevel.BACK_OFFICE)
                .allMatch(p ->
                        rollout.waveOf(DemoTrainingRollout.RECOVERY, p.number()).isEmpty()
                                || company.people().stream()
                                        .anyMatch(o -> o.unitCode().equals(p.unitCode())
                                                && o.contactLevel() != ContactLevel.BACK_OFFICE)));
        assertTrue(waves(DemoTrainingRollout.PLACEBO).size() > recovery.size(), "data protection reaches every team");
    }

    @Test
    void theDemoEmployeeLoginPassedServiceRecoveryLongEnoughAgoToHaveRefreshersWaiting() {
        String number = company.logins().stream()
                .filter(l -> l.username().equals(DemoCompanyGenerator.EMPLOYEE_LOGIN))
                .findFirst()
                .orElseThrow()
                .employeeNumber();

        LocalDate passed =
                rollout.passedOn(DemoTrainingRollout.RECOVERY, number).orElseThrow();

        long daysAgo = ChronoUnit.DAYS.between(passed, TODAY);
        assertTrue(daysAgo > 35 && daysAgo < 110, "passed " + daysAgo + " days ago");
    }

    @Test
    void aPassFallsInsideItsWaveBeforeTodayAndIsTheSameOnEveryCall() {
        DemoTrainingRollout again = new DemoTrainingRollout(company, TODAY, 42L);
        int passed = 0;
        for (DemoCompany.Person person : company.people()) {
            var day = rollout.passedOn(DemoTrainingRollout.RECOVERY, person.number());
            assertEquals(day, again.passedOn(DemoTrainingRollout.RECOVERY, person.number()));
            if (day.isPresent()) {
                passed++;
                Wave wave = rollout.waveOf(DemoTrainingRollout.RECOVERY, person.number())
                        .orElseThrow();
                long after = ChronoUnit.DAYS.between(wave.assignedOn(), day.get());
                assertTrue(after >= 5 && after <= 34, "passed " + after + " days after the assignment");
                assertTrue(day.get().isBefore(TODAY));
                assertFalse(person.hireDate().isAfter(wave.assignedOn()), "joiners after the wave are not in it");
                assertTrue(rollout.recoveredBy(person.number(), day.get().plusDays(1)));
                assertFalse(rollout.recoveredBy(person.number(), day.get()));
            }
        }
        assertTrue(passed > 100, "most of the customer-facing people passed: " + passed);
    }
}
