package com.cxcentric.training.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.training.entity.StaggeredDid.Cell;
import com.cxcentric.training.entity.StaggeredDid.Person;
import com.cxcentric.training.entity.StaggeredDid.Result;
import com.cxcentric.training.entity.StaggeredDid.Settings;
import com.cxcentric.training.entity.StaggeredDid.Withheld;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StaggeredDidTest {

    private static final double EXACT = 1e-9;
    private static final Settings HAND = new Settings(1, 1, 1, 199, 7, 3, 1);

    private static Person person(long team, int cohort, double... values) {
        int[] responses = new int[values.length];
        Arrays.fill(responses, 1);
        return new Person(team, cohort, values, responses);
    }

    /** The worked example of docs/METRICS.md ("Training impact"), four months, five people. */
    private static List<Person> worked() {
        return List.of(
                person(1, 2, 60, 60, 80, 80),
                person(1, 2, 40, 50, 70, 70),
                person(2, StaggeredDid.NEVER, 50, 50, 55, 60),
                person(2, StaggeredDid.NEVER, 70, 70, 75, 70),
                person(3, 3, 50, 55, 60, 80));
    }

    private static double cell(Result result, int cohort, int month) {
        return result.cells().stream()
                .filter(c -> c.cohort() == cohort && c.month() == month)
                .mapToDouble(Cell::effect)
                .findFirst()
                .orElse(Double.NaN);
    }

    @Test
    void groupTimeEffectsCompareEachCohortWithThoseNotYetTrainedFromTheMonthBeforePassing() {
        Result result = StaggeredDid.estimate(worked(), 4, HAND);

        assertEquals(
                15, cell(result, 2, 2), EXACT, "(20 + 20)/2 - (5 + 5 + 5)/3: the cohort of month 3 not yet trained");
        assertEquals(15, cell(result, 2, 3), EXACT, "(20 + 20)/2 - (10 + 0)/2: only the never trained remain");
        assertEquals(-10.0 / 3, cell(result, 2, 0), EXACT);
        assertEquals(20, cell(result, 3, 3), EXACT);
        assertEquals(-5, cell(result, 3, 0), EXACT);
        assertEquals(0, cell(result, 3, 1), EXACT);
        assertTrue(Double.isNaN(cell(result, 2, 1)), "the base month is no cell");
    }

    @Test
    void aggregatesWeighEachCellByItsCohortsSize() {
        Result result = StaggeredDid.estimate(worked(), 4, HAND);

        assertEquals(16, result.effect().effect(), EXACT, "(2 x 15 + 2 x 15 + 1 x 20) / 5");
        assertEquals(50.0 / 3, result.events().get(3).estimate().effect(), EXACT, "e = 0: (2 x 15 + 20) / 3");
        assertEquals(0, result.events().get(3).offset());
        assertEquals(15, result.events().get(4).estimate().effect(), EXACT, "e = 1: cohort 2 only");
        assertEquals(-35.0 / 12, result.preTrend().effect(), EXACT, "(2 x -10/3 - 5 + 0) / 4");
        assertEquals(70.0 / 3, result.naive().effect(), EXACT, "after less before: 20, 25 and 25");
        assertEquals(3, result.trainees());
        assertEquals(2, result.comparison());
    }

    @Test
    void aMonthSincePassingThatRestsOnFewerTraineesThanTheMinimumSampleIsNotDrawn() {
        List<Person> people = worked().stream()
                .map(p -> new Person(p.team(), p.cohort(), p.values(), new int[] {10, 10, 10, 10}))
                .toList();

        Result result = StaggeredDid.estimate(people, 4, new Settings(10, 1, 1, 199, 7, 3, 1));

        assertEquals(16, result.effect().effect(), EXACT, "the effect still counts every cell");
        assertNull(result.events().get(4).estimate(), "e = 1 rests on two trainees");
        assertEquals(2, result.events().get(4).people());
        assertEquals(
                0, result.events().get(2).estimate().effect(), EXACT, "e = -1, the base month, is 0 by construction");
    }

    @Test
    void theBootstrapIsRepeatableWithItsSeedAndItsIntervalHoldsTheEstimate() {
        List<Person> people = simulate(new Random(11), 40, 6.0, 0.0);
        Settings settings = new Settings(10, 40, 6, 499, 2021, 6, 12);

        Result first = StaggeredDid.estimate(people, 24, settings);
        Result second = StaggeredDid.estimate(people, 24, settings);

        assertEquals(first.effect(), second.effect());
        assertEquals(first.events(), second.events());
        assertTrue(first.effect().low() < first.effect().effect()
                && first.effect().effect() < first.effect().high());
    }

    @Test
    void recoversAPlantedEffectAndSeesNoneInAPlaceboDespiteACompanyWideTrend() {
        Settings settings = new Settings(10, 40, 6, 999, 2021, 6, 12);

        Result trained = StaggeredDid.estimate(simulate(new Random(3), 60, 6.0, 0.5), 24, settings);
        Result placebo = StaggeredDid.estimate(simulate(new Random(4), 60, 0.0, 0.5), 24, settings);

        assertTrue(trained.effect().contains(6.0), "6 points planted: " + trained.effect());
        assertFalse(trained.effect().contains(0.0), trained.effect().toString());
        assertTrue(placebo.effect().contains(0.0), "no effect planted: " + placebo.effect());
        assertTrue(trained.preTrend().contains(0.0), "nothing before passing: " + trained.preTrend());
        assertTrue(placebo.preTrend().contains(0.0), placebo.preTrend().toString());
        assertFalse(placebo.naive().contains(0.0), "before/after mistakes the trend for an effect: " + placebo.naive());
        assertTrue(placebo.naive().low() > 2.0, placebo.naive().toString());
    }

    @Test
    void withholdsTheEffectWhenTooFewTraineesHaveFiguresBeforeAndAfter() {
        Result result =
                StaggeredDid.estimate(simulate(new Random(5), 4, 6.0, 0.0), 24, new Settings(10, 40, 6, 99, 1, 6, 12));

        assertEquals(Withheld.TOO_FEW_TRAINEES, result.withheld());
        assertNull(result.effect());
        assertTrue(result.counted() > 0 && result.counted() < 40, "says how many there are: " + result.counted());
    }

    @Test
    void withholdsTheEffectWhenTheTraineesWorkInTooFewTeams() {
        List<Person> people = new ArrayList<>();
        for (Person p : simulate(new Random(6), 40, 6.0, 0.0)) {
            people.add(
                    new Person(p.cohort() == StaggeredDid.NEVER ? p.team() : 1, p.cohort(), p.values(), p.responses()));
        }

        Result result = StaggeredDid.estimate(people, 24, new Settings(10, 40, 6, 99, 1, 6, 12));

        assertEquals(Withheld.TOO_FEW_TEAMS, result.withheld());
    }

    @Test
    void peopleTrainedBeforeTheWindowAreInNeitherGroup() {
        List<Person> people = new ArrayList<>(worked());
        people.add(person(4, 0, 0, 100, 0, 100));

        Result result = StaggeredDid.estimate(people, 4, HAND);

        assertEquals(16, result.effect().effect(), EXACT);
        assertEquals(3, result.trainees());
    }

    /**
     * Teams of eight, three in four trained team by team in months 4 to 19, each person-month 8
     * CSAT answers satisfied with a chance of the person's level, the team's, {@code trend} points
     * a month for everyone and {@code effect} points from the passing month on.
     */
    static List<Person> simulate(Random random, int teams, double effect, double trend) {
        List<Person> people = new ArrayList<>();
        for (int team = 0; team < teams; team++) {
            int cohort = team % 4 == 3 ? StaggeredDid.NEVER : 4 + random.nextInt(16);
            double teamLevel = random.nextGaussian() * 5;
            for (int i = 0; i < 8; i++) {
                double level = 70 + teamLevel + random.nextGaussian() * 5;
                double[] values = new double[24];
                int[] responses = new int[24];
                for (int t = 0; t < 24; t++) {
                    double chance = (level + trend * t + (t >= cohort ? effect : 0)) / 100;
                    int n = 8;
                    int satisfied = 0;
                    for (int r = 0; r < n; r++) {
                        satisfied += random.nextDouble() < chance ? 1 : 0;
                    }
                    values[t] = 100.0 * satisfied / n;
                    responses[t] = n;
                }
                people.add(new Person(team, cohort, values, responses));
            }
        }
        return people;
    }
}
