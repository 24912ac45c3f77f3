package com.cxcentric.training.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The effect of passing a course on the trainees' own monthly outcome, by a staggered
 * difference-in-differences in the manner of Callaway and Sant'Anna (2021), without covariates.
 *
 * <p>People pass in different months. The people who first passed in month g are cohort g. For
 * each cohort and month t, ATT(g, t) is the cohort's mean change from month g-1 (the base month,
 * the same for every t) to month t, minus the same change among the people not yet trained by
 * then (who pass after both months, or never). Only people with a figure in both months count on
 * either side. The cells are averaged with the cohort's size as weight: all cells from the
 * passing month on give the effect; the cells e months from the passing month give the event
 * study; the cells two or more months before it are the parallel-trends check. The interval is a
 * percentile bootstrap that draws whole teams with replacement. docs/METRICS.md ("Training
 * impact") has the definition and a worked example.
 */
public final class StaggeredDid {

    /** The cohort of someone who never passed in the window. */
    public static final int NEVER = Integer.MAX_VALUE;

    /**
     * One person: their team (the unit drawn by the bootstrap), the month index they first passed
     * ({@link #NEVER} when not in the window) and, per month of the window, their figure (NaN
     * when they had no response) and how many responses it rests on.
     */
    public record Person(long team, int cohort, double[] values, int[] responses) {

        public Person {
            if (values.length != responses.length) {
                throw new IllegalArgumentException("values and responses differ in length");
            }
        }

        boolean has(int month) {
            return !Double.isNaN(values[month]);
        }
    }

    /**
     * The rules: the fewest responses each of a cell's four means rests on, the fewest trainees
     * with a figure before and after passing and the fewest teams they work in for any effect to
     * be given, the bootstrap's replications and seed, and how many months before and after
     * passing the event study shows.
     */
    public record Settings(
            int minResponses, int minTrainees, int minTeams, int replications, long seed, int lead, int lag) {

        public Settings {
            if (replications < 1 || lead < 2 || lag < 0 || minTrainees < 1 || minTeams < 1) {
                throw new IllegalArgumentException("Invalid settings");
            }
        }
    }

    /** A figure with its 95 % percentile interval. */
    public record Estimate(double effect, double low, double high) {

        public boolean contains(double value) {
            return low <= value && value <= high;
        }
    }

    /** ATT(g, t) with the number of people on each side. */
    public record Cell(int cohort, int month, double effect, int treated, int compared) {}

    /**
     * The effect e months from passing (negative: before), with the cohorts and trainees behind
     * it; null when they are fewer trainees than the minimum sample (one cohort of a few people
     * would draw the line on its own).
     */
    public record EventTime(int offset, Estimate estimate, int cohorts, int people) {}

    /** A cohort: the month its people first passed, how many, how many count (a figure before and after). */
    public record Cohort(int month, int people, int counted) {}

    /** Why no effect is given. */
    public enum Withheld {
        NO_TRAINEES,
        TOO_FEW_TRAINEES,
        TOO_FEW_TEAMS,
        NO_COMPARISON
    }

    /**
     * What the analysis found: the effect, the parallel-trends check (the mean of the cells two or
     * more months before passing, which should contain 0) and the naive before/after comparison of
     * the trainees alone (shown to say why it is not used), each null when withheld; {@code
     * counted} trainees have a figure in their base month and one after it, {@code comparison}
     * people who never passed in the window were compared in at least one cell.
     */
    public record Result(
            Estimate effect,
            Estimate preTrend,
            Estimate naive,
            List<EventTime> events,
            List<Cohort> cohorts,
            List<Cell> cells,
            int trainees,
            int counted,
            int comparison,
            int teams,
            Withheld withheld) {}

    private final int months;
    private final Settings settings;
    private final int[] cohortMonths;
    private final int pairs;
    private final int clusters;
    private final double[] treatedSum;
    private final double[] treatedCount;
    private final double[] comparedSum;
    private final double[] comparedCount;
    private final double[] cohortSize;
    private final double[] naiveSum;
    private final double[] naiveCount;
    private final boolean[] available;

    private StaggeredDid(int months, Settings settings, int[] cohortMonths, int clusters) {
        this.months = months;
        this.settings = settings;
        this.cohortMonths = cohortMonths;
        this.pairs = cohortMonths.length * months;
        this.clusters = clusters;
        this.treatedSum = new double[clusters * pairs];
        this.treatedCount = new double[clusters * pairs];
        this.comparedSum = new double[clusters * pairs];
        this.comparedCount = new double[clusters * pairs];
        this.cohortSize = new double[clusters * cohortMonths.length];
        this.naiveSum = new double[clusters];
        this.naiveCount = new double[clusters];
        this.available = new boolean[pairs];
    }

    /** Estimates the effect for people followed over {@code months} months. */
    public static Result estimate(List<Person> people, int months, Settings settings) {
        TreeSet<Integer> cohortSet = new TreeSet<>();
        Map<Long, Integer> clusterOf = new HashMap<>();
        new TreeSet<>(people.stream().map(Person::team).toList()).forEach(t -> clusterOf.put(t, clusterOf.size()));
        int trainees = 0;
        for (Person person : people) {
            if (person.values().length != months) {
                throw new IllegalArgumentException("A person's figures do not cover " + months + " months");
            }
            if (person.cohort() >= 1 && person.cohort() < months) {
                cohortSet.add(person.cohort());
                trainees++;
            }
        }
        int[] cohorts = cohortSet.stream().mapToInt(Integer::intValue).toArray();
        StaggeredDid did = new StaggeredDid(months, settings, cohorts, clusterOf.size());
        return did.run(people, clusterOf, trainees);
    }

    private Result run(List<Person> people, Map<Long, Integer> clusterOf, int trainees) {
        long[][] responses = new long[4][pairs];
        int[] people0 = new int[cohortMonths.length];
        int[] counted0 = new int[cohortMonths.length];
        java.util.Set<Long> countedTeams = new java.util.HashSet<>();
        int comparison = 0;
        for (Person person : people) {
            int c = clusterOf.get(person.team());
            int own = Arrays.binarySearch(cohortMonths, person.cohort());
            if (person.cohort() < 1) {
                continue; // passed before the window's second month: never untrained in it
            }
            boolean contributes = false;
            boolean compared = false;
            for (int k = 0; k < cohortMonths.length; k++) {
                int base = cohortMonths[k] - 1;
                if (!person.has(base)) {
                    continue;
                }
                for (int t = 0; t < months; t++) {
                    if (t == base || !person.has(t)) {
                        continue;
                    }
                    double change = person.values()[t] - person.values()[base];
                    int p = k * months + t;
                    int at = c * pairs + p;
                    if (k == own) {
                        treatedSum[at] += change;
                        treatedCount[at]++;
                        responses[0][p] += person.responses()[t];
                        responses[1][p] += person.responses()[base];
                        contributes |= t >= cohortMonths[k];
                    } else if (person.cohort() > Math.max(t, base)) {
                        comparedSum[at] += change;
                        comparedCount[at]++;
                        responses[2][p] += person.responses()[t];
                        responses[3][p] += person.responses()[base];
                        compared = true;
                    }
                }
            }
            if (own >= 0) {
                people0[own]++;
                if (contributes) {
                    counted0[own]++;
                    cohortSize[c * cohortMonths.length + own]++;
                    countedTeams.add(person.team());
                }
                naive(person, c);
            } else if (compared) {
                comparison++;
            }
        }
        for (int p = 0; p < pairs; p++) {
            int base = cohortMonths[p / months] - 1;
            boolean enough = true;
            for (long[] side : responses) {
                enough &= side[p] >= settings.minResponses();
            }
            available[p] = p % months != base && enough;
        }
        List<Cohort> cohortList = new ArrayList<>();
        int counted = 0;
        for (int k = 0; k < cohortMonths.length; k++) {
            cohortList.add(new Cohort(cohortMonths[k], people0[k], counted0[k]));
            counted += counted0[k];
        }
        Withheld withheld = trainees == 0
                ? Withheld.NO_TRAINEES
                : counted < settings.minTrainees()
                        ? Withheld.TOO_FEW_TRAINEES
                        : countedTeams.size() < settings.minTeams() ? Withheld.TOO_FEW_TEAMS : null;
        double[] point = figures(null);
        if (withheld == null && Double.isNaN(point[0])) {
            withheld = Withheld.NO_COMPARISON;
        }
        if (withheld != null) {
            return new Result(
                    null,
                    null,
                    null,
                    List.of(),
                    cohortList,
                    List.of(),
                    trainees,
                    counted,
                    comparison,
                    countedTeams.size(),
                    withheld);
        }
        double[][] replicates = IntStream.range(0, settings.replications())
                .parallel()
                .mapToObj(r -> figures(draw(new SplittableRandom(settings.seed() * 1_000_003L + r))))
                .toArray(double[][]::new);
        List<Cell> cells = cells();
        List<EventTime> events = new ArrayList<>();
        for (int e = -settings.lead(); e <= settings.lag(); e++) {
            int slot = 3 + e + settings.lead();
            int offset = e == -1 ? 0 : e;
            int behind = cells.stream()
                    .filter(c -> c.month() - c.cohort() == offset)
                    .mapToInt(Cell::treated)
                    .sum();
            int cohorts = (int)
                    cells.stream().filter(c -> c.month() - c.cohort() == offset).count();
            if (e == -1) {
                // the base month: every cell is measured from it, so its effect is 0 by construction
                events.add(new EventTime(e, new Estimate(0, 0, 0), cohorts, behind));
            } else {
                boolean shown = !Double.isNaN(point[slot]) && behind >= settings.minResponses();
                events.add(new EventTime(e, shown ? interval(point, replicates, slot) : null, cohorts, behind));
            }
        }
        return new Result(
                interval(point, replicates, 0),
                Double.isNaN(point[1]) ? null : interval(point, replicates, 1),
                Double.isNaN(point[2]) ? null : interval(point, replicates, 2),
                events,
                cohortList,
                cells,
                trainees,
                counted,
                comparison,
                countedTeams.size(),
                null);
    }

    /** The trainee's mean figure from the passing month on, less their mean before it. */
    private void naive(Person person, int cluster) {
        double before = 0;
        double after = 0;
        int nBefore = 0;
        int nAfter = 0;
        for (int t = 0; t < months; t++) {
            if (!person.has(t)) {
                continue;
            }
            if (t < person.cohort()) {
                before += person.values()[t];
                nBefore++;
            } else {
                after += person.values()[t];
                nAfter++;
            }
        }
        if (nBefore > 0 && nAfter > 0) {
            naiveSum[cluster] += after / nAfter - before / nBefore;
            naiveCount[cluster]++;
        }
    }

    /** How often each team is drawn in one bootstrap replicate. */
    private int[] draw(SplittableRandom random) {
        int[] times = new int[clusters];
        for (int i = 0; i < clusters; i++) {
            times[random.nextInt(clusters)]++;
        }
        return times;
    }

    /**
     * The figures of one sample (null: every team once): [effect, pre-trend, naive, event times
     * -lead..lag]; NaN where nothing is left to compute one from.
     */
    private double[] figures(int[] times) {
        double[] ts = new double[pairs];
        double[] tc = new double[pairs];
        double[] cs = new double[pairs];
        double[] cc = new double[pairs];
        double[] size = new double[cohortMonths.length];
        double ns = 0;
        double nc = 0;
        for (int c = 0; c < clusters; c++) {
            int w = times == null ? 1 : times[c];
            if (w == 0) {
                continue;
            }
            int offset = c * pairs;
            for (int p = 0; p < pairs; p++) {
                if (available[p]) {
                    ts[p] += w * treatedSum[offset + p];
                    tc[p] += w * treatedCount[offset + p];
                    cs[p] += w * comparedSum[offset + p];
                    cc[p] += w * comparedCount[offset + p];
                }
            }
            for (int k = 0; k < cohortMonths.length; k++) {
                size[k] += w * cohortSize[c * cohortMonths.length + k];
            }
            ns += w * naiveSum[c];
            nc += w * naiveCount[c];
        }
        int events = settings.lead() + settings.lag() + 1;
        double[] sum = new double[3 + events];
        double[] weight = new double[3 + events];
        for (int p = 0; p < pairs; p++) {
            if (!available[p] || tc[p] == 0 || cc[p] == 0) {
                continue;
            }
            int k = p / months;
            int e = p % months - cohortMonths[k];
            double att = ts[p] / tc[p] - cs[p] / cc[p];
            double w = size[k];
            if (e >= 0) {
                sum[0] += w * att;
                weight[0] += w;
            } else if (e >= -settings.lead()) {
                sum[1] += w * att;
                weight[1] += w;
            }
            if (e >= -settings.lead() && e <= settings.lag()) {
                int slot = 3 + e + settings.lead();
                sum[slot] += w * att;
                weight[slot] += w;
            }
        }
        double[] result = new double[3 + events];
        for (int i = 0; i < result.length; i++) {
            result[i] = weight[i] > 0 ? sum[i] / weight[i] : Double.NaN;
        }
        result[2] = nc > 0 ? ns / nc : Double.NaN;
        return result;
    }

    private Estimate interval(double[] point, double[][] replicates, int slot) {
        double[] values = Arrays.stream(replicates)
                .mapToDouble(r -> r[slot])
                .filter(v -> !Double.isNaN(v))
                .sorted()
                .toArray();
        if (values.length == 0) {
            return new Estimate(point[slot], Double.NaN, Double.NaN);
        }
        return new Estimate(point[slot], quantile(values, 0.025), quantile(values, 0.975));
    }

    /** The q-quantile of sorted values, interpolated between neighbours (Hyndman and Fan's type 7). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int below = (int) Math.floor(h);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    private List<Cell> cells() {
        double[] ts = new double[pairs];
        double[] tc = new double[pairs];
        double[] cs = new double[pairs];
        double[] cc = new double[pairs];
        for (int c = 0; c < clusters; c++) {
            for (int p = 0; p < pairs; p++) {
                ts[p] += treatedSum[c * pairs + p];
                tc[p] += treatedCount[c * pairs + p];
                cs[p] += comparedSum[c * pairs + p];
                cc[p] += comparedCount[c * pairs + p];
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            if (available[p] && tc[p] > 0 && cc[p] > 0) {
                cells.add(new Cell(
                        cohortMonths[p / months], p % months, ts[p] / tc[p] - cs[p] / cc[p], (int) tc[p], (int) cc[p]));
            }
        }
        return cells;
    }
}
