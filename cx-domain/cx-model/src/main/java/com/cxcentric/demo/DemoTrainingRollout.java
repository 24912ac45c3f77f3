package com.cxcentric.demo;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.OrgUnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * When each team of the demo company was trained, team by team, in the two courses the training
 * impact analysis is shown on, and who passed when: the same answer for the training demo data
 * (which writes the assignments and certifications) and the outcomes demo data (which plants the
 * effect in the customers' answers), though neither area knows the other.
 *
 * <p>Service recovery ({@value #RECOVERY}) went to the customer-facing teams one after another
 * over the year, the last quarter of them only a fortnight ago; from the day a person passes,
 * their customers are satisfied (CSAT 4 or 5) {@value #CSAT_LIFT_POINTS} percentage points more
 * often. Data protection ({@value #PLACEBO}) went to every team in the same staggered way and
 * changes nothing for customers: the placebo the analysis must find no effect in.
 */
public final class DemoTrainingRollout {

    public static final String RECOVERY = "CX-RECOVERY";
    public static final String PLACEBO = "DATA-PROTECTION";

    /** The planted rise in the chance of a satisfied CSAT answer once a person passed service recovery. */
    public static final int CSAT_LIFT_POINTS = 6;

    /** Days from the assignment in which a person who completes passes: 5 to 34. */
    static final int FASTEST = 5;

    static final int SPREAD = 30;

    /** A team's assignment of a course. */
    public record Wave(String course, String unitCode, LocalDate assignedOn, LocalDate dueOn) {}

    private final long seed;
    private final LocalDate today;
    private final List<Wave> waves = new ArrayList<>();
    private final Map<String, Wave> byTeamAndCourse = new HashMap<>();
    private final Map<String, String> unitOf = new HashMap<>();
    private final Map<String, LocalDate> hiredOn = new HashMap<>();
    private final Set<String> customerFacing = new HashSet<>();
    private final Set<String> demoLogins = new HashSet<>();
    private String demoTeam;

    public DemoTrainingRollout(DemoCompany company, LocalDate today, long seed) {
        this.seed = seed;
        this.today = today;
        company.people().forEach(p -> {
            unitOf.put(p.number(), p.unitCode());
            hiredOn.put(p.number(), p.hireDate());
            if (p.contactLevel() != ContactLevel.BACK_OFFICE) {
                customerFacing.add(p.unitCode());
            }
        });
        company.logins().stream()
                .filter(l -> l.employeeNumber() != null)
                .forEach(l -> demoLogins.add(l.employeeNumber()));
        company.logins().stream()
                .filter(l -> DemoCompanyGenerator.EMPLOYEE_LOGIN.equals(l.username()))
                .findFirst()
                .ifPresent(l -> demoTeam = unitOf.get(l.employeeNumber()));
        List<String> teams = company.units().stream()
                .filter(u -> u.type() == OrgUnitType.TEAM)
                .map(DemoCompany.Unit::code)
                .sorted()
                .toList();
        plan(RECOVERY, teams.stream().filter(customerFacing::contains).toList(), 1);
        plan(PLACEBO, teams, 2);
    }

    /**
     * Three in four teams assigned evenly between 330 and 60 days ago in a shuffled order, the rest
     * 14 days ago (the rollout is still going on), each due 30 days after.
     */
    private void plan(String course, List<String> teams, int stream) {
        List<String> order = new ArrayList<>(teams);
        Collections.shuffle(order, new Random(seed * 31 + stream));
        int early = (int) Math.round(order.size() * 0.75);
        if (RECOVERY.equals(course) && order.remove(demoTeam)) {
            // The demo employee login's team took service recovery about a hundred days ago, so
            // that login has refreshers of it waiting, as the training demo promises.
            order.add((int) Math.round((early - 1) * 230.0 / 270), demoTeam);
        }
        for (int i = 0; i < order.size(); i++) {
            int daysAgo = i < early ? 330 - (int) Math.round(270.0 * i / Math.max(1, early - 1)) : 14;
            LocalDate assigned = today.minusDays(daysAgo);
            Wave wave = new Wave(course, order.get(i), assigned, assigned.plusDays(30));
            waves.add(wave);
            byTeamAndCourse.put(course + "/" + wave.unitCode(), wave);
        }
    }

    /** Every team's assignment of both courses, by course then by date. */
    public List<Wave> waves() {
        return waves.stream()
                .sorted((a, b) -> a.course().equals(b.course())
                        ? a.assignedOn().compareTo(b.assignedOn())
                        : a.course().compareTo(b.course()))
                .toList();
    }

    /** The wave a person (by employee number) was in: their team's, if they had joined by then. */
    public Optional<Wave> waveOf(String course, String number) {
        return Optional.ofNullable(byTeamAndCourse.get(course + "/" + unitOf.get(number)))
                .filter(wave ->
                        hiredOn.get(number) == null || !hiredOn.get(number).isAfter(wave.assignedOn()));
    }

    /**
     * The day the person passed, before today: nine in ten of a wave pass (the demo logins always),
     * 5 to 34 days after the assignment; the same answer on every call.
     */
    public Optional<LocalDate> passedOn(String course, String number) {
        return waveOf(course, number).flatMap(wave -> {
            Random draw = new Random(seed ^ (course + "/" + number).hashCode() * 0x9E3779B97F4A7C15L);
            if (draw.nextInt(10) == 0 && !demoLogins.contains(number)) {
                return Optional.empty();
            }
            LocalDate day = wave.assignedOn().plusDays(FASTEST + draw.nextInt(SPREAD));
            return day.isBefore(today) ? Optional.of(day) : Optional.empty();
        });
    }

    /** Whether the person had passed service recovery before this day (their customers' answers carry the lift). */
    public boolean recoveredBy(String number, LocalDate day) {
        return passedOn(RECOVERY, number).map(passed -> passed.isBefore(day)).orElse(false);
    }
}
