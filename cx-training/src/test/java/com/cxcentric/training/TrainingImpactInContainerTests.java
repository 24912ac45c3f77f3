package com.cxcentric.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.outcomes.control.FeedbackStore;
import com.cxcentric.outcomes.control.PersonTallies.Population;
import com.cxcentric.outcomes.entity.FeedbackBatch;
import com.cxcentric.outcomes.entity.FeedbackRecord;
import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.testsupport.InContainerTest;
import com.cxcentric.training.control.ImpactPanel;
import com.cxcentric.training.entity.Assignment;
import com.cxcentric.training.entity.Certification;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.QuestionKind;
import com.cxcentric.training.entity.StaggeredDid;
import com.cxcentric.training.entity.StaggeredDid.Result;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The training impact analysis on generated data of realistic size, read from the real ledger and
 * certifications: a department of 32 teams of ten people answered by eight CSAT surveys each a
 * month over 2023 and 2024 (61,440 responses), a company-wide rise of half a point a month, a
 * recovery course that adds 6 points from the month a team passes it (teams pass in months 4 to
 * 19, one team in four never) and a placebo course passed in the same staggered way that changes
 * nothing. The data is made once per server by whichever test needs it first.
 */
public interface TrainingImpactInContainerTests extends InContainerTest {

    YearMonth FROM = YearMonth.of(2023, 1);
    YearMonth TO = YearMonth.of(2024, 12);
    int TEAMS = 32;
    int PEOPLE = 10;
    int ANSWERS = 8;
    double PLANTED = 6.0;
    double TREND = 0.5;
    ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    /** The department, recovery course and placebo course made for this server's run. */
    record Planted(String department, String recovery, String placebo) {}

    /** Holds the data made for this server's run. */
    final class Made {
        private static Planted planted;

        private Made() {}
    }

    private StaggeredDid.Settings settings() {
        return new StaggeredDid.Settings(10, 40, 6, 999, 2021, 6, 12);
    }

    private Result analyse(String course, String department) {
        var unit = em().createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", department)
                .getSingleResult();
        var units = bean(OrgTree.class).subtreeOf(List.of(unit.getId()));
        var panel = bean(ImpactPanel.class)
                .of(course, PersonMetric.CSAT_PERCENT, FROM.minusMonths(3), TO, new Population(units, null));
        assertEquals(FROM, panel.from(), "the window starts at its first month with a response");
        return StaggeredDid.estimate(panel.people(), panel.months(), settings());
    }

    @Test
    default void recoversThePlantedEffectOfACourseInsideItsIntervalWithNoneBeforePassing() throws Exception {
        Planted planted = planted();

        Result result = analyse(planted.recovery(), planted.department());
        System.getLogger(TrainingImpactInContainerTests.class.getName())
                .log(
                        System.Logger.Level.INFO,
                        "Planted +6: effect {0}, before passing {1}, before/after {2}",
                        result.effect(),
                        result.preTrend(),
                        result.naive());

        assertTrue(result.effect().contains(PLANTED), "6 points planted: " + result.effect());
        assertFalse(result.effect().contains(0), result.effect().toString());
        assertTrue(result.preTrend().contains(0), "no effect before passing: " + result.preTrend());
        assertEquals(TEAMS / 4 * 3 * PEOPLE, result.trainees());
        assertEquals(TEAMS / 4 * 3, result.teams());
        assertTrue(result.comparison() >= TEAMS / 4 * PEOPLE, "the never trained are compared: " + result.comparison());
    }

    @Test
    default void aPlaceboCourseShowsNoEffectWhereBeforeAndAfterIsFooledByTheTrend() throws Exception {
        Planted planted = planted();

        Result result = analyse(planted.placebo(), planted.department());
        System.getLogger(TrainingImpactInContainerTests.class.getName())
                .log(
                        System.Logger.Level.INFO,
                        "Placebo: effect {0}, before passing {1}, before/after {2}",
                        result.effect(),
                        result.preTrend(),
                        result.naive());

        assertTrue(result.effect().contains(0), "nothing planted: " + result.effect());
        assertFalse(result.naive().contains(0), "the company-wide rise looks like an effect: " + result.naive());
        assertTrue(result.naive().low() > 2, result.naive().toString());
    }

    @Test
    default void withholdsTheEffectForAFewTraineesAndSaysHowManyThereAre() throws Exception {
        Planted planted = planted();
        String team = em().createQuery(
                        "SELECT u.code FROM OrgUnit u WHERE u.parent.code = :department ORDER BY u.code", String.class)
                .setParameter("department", planted.department())
                .setMaxResults(1)
                .getSingleResult();

        Result result = analyse(planted.recovery(), team);

        assertNull(result.effect());
        assertEquals(StaggeredDid.Withheld.TOO_FEW_TRAINEES, result.withheld());
        assertEquals(PEOPLE, result.counted(), "one team of ten has figures before and after");
    }

    @Test
    default void anImportedCompletionIsACertificationFromItsDayOnceAndEntersTheAnalysis() throws Exception {
        Planted planted = planted();
        String number = number(planted.department(), 3, 0);
        String code = unique("HIS").toUpperCase(Locale.ROOT);
        inTransaction(() -> course(code));
        var history = bean(com.cxcentric.training.control.CompletionHistory.class);
        var table = com.cxcentric.platform.imports.CsvFiles.read(
                ("employee_number;course_code;completed_on;score\n" + number + ";" + code + ";2024-06-14;88\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                10_000);

        long id = inTransaction(() -> history.write(
                history.plan(table, "Moodle", LocalDate.of(2026, 12, 7)),
                "Moodle",
                "history.csv",
                "it",
                Instant.now(),
                ZONE));
        var again = inTransaction(() -> history.plan(table, "Moodle", LocalDate.of(2026, 12, 7)));
        var certification = em().createQuery(
                        "SELECT c FROM Certification c WHERE c.employee.employeeNumber = :number AND c.courseCode = :course",
                        Certification.class)
                .setParameter("number", number)
                .setParameter("course", code)
                .getSingleResult();

        assertTrue(id > 0);
        assertEquals(0, again.completions().size(), "the same file again is nothing new");
        assertEquals(1, again.unchanged());
        assertEquals(LocalDate.of(2024, 6, 14), certification.getCertifiedOn());
        assertEquals(
                com.cxcentric.training.entity.AssignmentSource.IMPORTED,
                certification.getAssignment().getSource());
        assertEquals("Moodle", certification.getAssignment().getAssignedBy());
        assertEquals(88, certification.getAssignment().getBestScorePercent());
        var unit = em().createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", planted.department() + "-T03")
                .getSingleResult();
        var panel = bean(ImpactPanel.class)
                .of(code, PersonMetric.CSAT_PERCENT, FROM, TO, new Population(java.util.Set.of(unit.getId()), null));
        assertEquals(
                1,
                panel.people().stream().filter(person -> person.cohort() == 17).count(),
                "the imported pass of June 2024 is month 17 of the window, like one taken in the portal");
    }

    private Planted planted() throws Exception {
        synchronized (Made.class) {
            if (Made.planted == null) {
                Made.planted = plant();
            }
            return Made.planted;
        }
    }

    private Planted plant() throws Exception {
        String department = unique("IMP").toUpperCase(Locale.ROOT);
        Planted planted = new Planted(department, department + "-REC", department + "-PLA");
        Random random = new Random(2021);
        int[] recoveryMonth = new int[TEAMS];
        int[] placeboMonth = new int[TEAMS];
        for (int team = 0; team < TEAMS; team++) {
            recoveryMonth[team] = team % 4 == 3 ? StaggeredDid.NEVER : 4 + random.nextInt(16);
            placeboMonth[team] = team % 4 == 1 ? StaggeredDid.NEVER : 4 + random.nextInt(16);
        }
        inTransaction(() -> {
            Course recovery = course(planted.recovery());
            Course placebo = course(planted.placebo());
            var top = new OrgUnit(department, "Impact " + department, OrgUnitType.DEPARTMENT, null);
            em().persist(top);
            int certificate = 0;
            for (int team = 0; team < TEAMS; team++) {
                var unit = new OrgUnit(
                        department + "-T" + (team < 10 ? "0" : "") + team, "Team " + team, OrgUnitType.TEAM, top);
                em().persist(unit);
                for (int i = 0; i < PEOPLE; i++) {
                    var person = new Employee(
                            number(department, team, i), "Trainee", "T" + team + "-" + i, ContactLevel.FRONT_LINE);
                    person.placeIn(unit);
                    em().persist(person);
                    certificate = pass(person, recovery, recoveryMonth[team], certificate);
                    certificate = pass(person, placebo, placeboMonth[team], certificate);
                }
            }
            return null;
        });
        List<FeedbackRecord> records = new ArrayList<>();
        for (int team = 0; team < TEAMS; team++) {
            double teamLevel = random.nextGaussian() * 5;
            for (int i = 0; i < PEOPLE; i++) {
                double level = 68 + teamLevel + random.nextGaussian() * 5;
                String number = number(department, team, i);
                for (int month = 0; month < 24; month++) {
                    double chance = (level + TREND * month + (month >= recoveryMonth[team] ? PLANTED : 0)) / 100;
                    for (int answer = 0; answer < ANSWERS; answer++) {
                        boolean satisfied = random.nextDouble() < chance;
                        Instant at = FROM.plusMonths(month)
                                .atDay(4 + answer * 3)
                                .atTime(9 + random.nextInt(9), random.nextInt(60))
                                .atZone(ZONE)
                                .toInstant();
                        records.add(new FeedbackRecord(
                                number + "-" + month + "-" + answer,
                                "c-" + random.nextInt(50_000),
                                at,
                                "STORE",
                                List.of(number),
                                null,
                                satisfied ? 4 + random.nextInt(2) : 1 + random.nextInt(3),
                                null,
                                null,
                                List.of()));
                    }
                }
            }
            if (records.size() >= 10_000 || team == TEAMS - 1) {
                write(department, records);
                records = new ArrayList<>();
            }
        }
        return planted;
    }

    private void write(String source, List<FeedbackRecord> records) throws Exception {
        inTransaction(() -> {
            var batch = new FeedbackBatch(source, "it", records.size());
            em().persist(batch);
            em().flush();
            bean(FeedbackStore.class).write(source, batch.getId(), records, Map.of("STORE", 1L), ZONE);
            return null;
        });
    }

    private static String number(String department, int team, int person) {
        return department + "-" + team + "-" + person;
    }

    private Course course(String code) {
        var course = new Course(code, "Impact course " + code, "For the impact analysis");
        course.setRules(10, null, 80, 2, 1);
        course.addLesson("Only lesson", "<p>text</p>", null, null);
        course.addQuestion(QuestionKind.SINGLE, null, "Q?")
                .option("yes", true, "right")
                .option("no", false, "wrong");
        course.publish(Instant.now());
        em().persist(course);
        return course;
    }

    /** The person passes on the 1st to 3rd of the team's month (no certification when never). */
    private int pass(Employee person, Course course, int month, int certificate) {
        if (month == StaggeredDid.NEVER) {
            return certificate;
        }
        LocalDate day = FROM.plusMonths(month).atDay(1 + certificate % 3);
        // completed on its day, so that no other test's follow-up list finds it open and overdue
        var assignment = Assignment.imported(person, course, day, 90, "it", ZONE);
        em().persist(assignment);
        em().persist(new Certification(assignment, course.getCode() + "-" + certificate, day));
        return certificate + 1;
    }
}
