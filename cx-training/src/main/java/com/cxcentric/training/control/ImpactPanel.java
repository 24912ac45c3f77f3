package com.cxcentric.training.control;

import com.cxcentric.outcomes.control.PersonTallies;
import com.cxcentric.outcomes.control.PersonTallies.MonthTally;
import com.cxcentric.outcomes.control.PersonTallies.Population;
import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.training.entity.StaggeredDid;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The panel the impact analysis runs on: for each person of a population who had a response in
 * the window, their team (the unit they work in now), the month they first passed the course
 * (taken in the portal or imported from an earlier learning system alike, both are
 * certifications) and their figure month by month. Three set-based queries, whatever the size.
 */
@Dependent
public class ImpactPanel {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private PersonTallies tallies;

    /** The first day anyone passed the course (any revision). */
    public Optional<LocalDate> firstPass(String courseCode) {
        Object first = em.createNativeQuery("SELECT MIN(certified_on) FROM certification WHERE course_code = ?1")
                .setParameter(1, courseCode)
                .getSingleResult();
        return Optional.ofNullable(first).map(ImpactPanel::date);
    }

    /** The months analysed (from the first with a response) and the people, month 0 being {@code from}. */
    public record Panel(YearMonth from, YearMonth to, int months, List<StaggeredDid.Person> people) {}

    /**
     * The people of the population with a response in the window; the window starts at its first
     * month with a response (none: the window as asked, with nobody in it).
     */
    public Panel of(String courseCode, PersonMetric metric, YearMonth from, YearMonth to, Population population) {
        Panel all = all(courseCode, metric, from, to, population);
        int first = all.months();
        for (StaggeredDid.Person person : all.people()) {
            for (int t = 0; t < first; t++) {
                if (!Double.isNaN(person.values()[t])) {
                    first = t;
                    break;
                }
            }
        }
        if (first == 0 || first == all.months()) {
            return all;
        }
        int shift = first;
        int months = all.months() - shift;
        List<StaggeredDid.Person> people = all.people().stream()
                .map(p -> new StaggeredDid.Person(
                        p.team(),
                        p.cohort() == StaggeredDid.NEVER ? p.cohort() : p.cohort() - shift,
                        Arrays.copyOfRange(p.values(), shift, all.months()),
                        Arrays.copyOfRange(p.responses(), shift, all.months())))
                .toList();
        return new Panel(from.plusMonths(shift), to, months, people);
    }

    private Panel all(String courseCode, PersonMetric metric, YearMonth from, YearMonth to, Population population) {
        int months = (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        int origin = index(from);
        Map<Long, Long> teamOf = new HashMap<>();
        tallies.members(population)
                .forEach(m -> teamOf.put(m.employeeId(), m.unitId() == null ? -m.employeeId() : m.unitId()));
        Map<Long, Integer> cohortOf = new HashMap<>();
        for (Object result : em.createNativeQuery(
                        "SELECT employee_id, MIN(certified_on) FROM certification WHERE course_code = ?1"
                                + " GROUP BY employee_id")
                .setParameter(1, courseCode)
                .getResultList()) {
            Object[] row = (Object[]) result;
            LocalDate passed = date(row[1]);
            cohortOf.put(((Number) row[0]).longValue(), index(YearMonth.from(passed)) - origin);
        }
        Map<Long, double[]> values = new HashMap<>();
        Map<Long, int[]> responses = new HashMap<>();
        for (MonthTally tally : tallies.perPersonMonth(metric, from.atDay(1), to.atEndOfMonth(), population)) {
            int month = tally.month() - origin;
            if (month < 0 || month >= months || !teamOf.containsKey(tally.employeeId())) {
                continue;
            }
            values.computeIfAbsent(tally.employeeId(), id -> {
                        double[] none = new double[months];
                        Arrays.fill(none, Double.NaN);
                        return none;
                    })[month] =
                    tally.tally().mean();
            responses.computeIfAbsent(tally.employeeId(), id -> new int[months])[month] =
                    (int) tally.tally().sample();
        }
        List<StaggeredDid.Person> people = new ArrayList<>();
        values.forEach((id, figures) -> people.add(new StaggeredDid.Person(
                teamOf.get(id), cohortOf.getOrDefault(id, StaggeredDid.NEVER), figures, responses.get(id))));
        return new Panel(from, to, months, people);
    }

    /** Months counted as year × 12 + month − 1, as {@link PersonTallies#perPersonMonth} counts them. */
    public static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
