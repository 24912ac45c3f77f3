package com.cxcentric.training.control;

import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.training.entity.CoachingBehaviour;
import com.cxcentric.training.entity.CoachingCheck;
import com.cxcentric.training.entity.CoachingObservation;
import com.cxcentric.training.entity.Course;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Coaching observations in the demo company: every lead watches the customer-facing people of
 * their unit about every seven weeks over the last {@value #MONTHS} months (never before the
 * person's own training history starts). A behaviour is shown more often once the person has
 * passed a course teaching its competency, the effect the coaching trend is there to reveal.
 */
@ApplicationScoped
public class CoachingDemoData implements DemoDataContributor {

    static final int MONTHS = 10;
    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final String[] INTERACTIONS = {
        "Phone call about a late delivery",
        "Store visit: choosing a sofa",
        "Chat about a damaged table",
        "Call-back after a complaint",
        "Assembly visit at the customer's home",
        "Returns desk: refund of a lamp",
        "E-mail about changing a delivery slot"
    };

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Override
    public int order() {
        return 310;
    }

    @Override
    public void contribute(DemoContext context) {
        Random random = context.randomFor(CoachingDemoData.class);
        LocalDate today = context.today();
        List<CoachingBehaviour> checklist = em.createNamedQuery(CoachingBehaviour.FIND_ACTIVE, CoachingBehaviour.class)
                .getResultList();
        Map<Long, Map<String, LocalDate>> trainedOn = competenciesPassed();
        for (OrgUnit unit : em.createQuery(
                        "SELECT u FROM OrgUnit u WHERE u.lead IS NOT NULL ORDER BY u.code", OrgUnit.class)
                .getResultList()) {
            Employee lead = unit.getLead();
            List<Employee> people = em.createQuery(
                            "SELECT e FROM Employee e WHERE e.orgUnit = :unit AND e <> :lead AND e.status <>"
                                    + " com.cxcentric.organization.entity.EmploymentStatus.LEFT AND e.contactLevel <> :back"
                                    + " ORDER BY e.employeeNumber",
                            Employee.class)
                    .setParameter("unit", unit)
                    .setParameter("lead", lead)
                    .setParameter("back", ContactLevel.BACK_OFFICE)
                    .getResultList();
            for (Employee person : people) {
                observe(person, lead, checklist, trainedOn.getOrDefault(person.getId(), Map.of()), today, random);
            }
        }
        em.flush();
        em.clear();
    }

    private void observe(
            Employee person,
            Employee lead,
            List<CoachingBehaviour> checklist,
            Map<String, LocalDate> passed,
            LocalDate today,
            Random random) {
        LocalDate start = today.minusMonths(MONTHS);
        if (person.getHireDate() != null && person.getHireDate().isAfter(start)) {
            start = person.getHireDate().plusDays(14);
        }
        for (LocalDate day = start.plusDays(random.nextInt(40));
                !day.isAfter(today);
                day = day.plusDays(35 + random.nextInt(30))) {
            List<CoachingBehaviour> seen = new ArrayList<>(checklist);
            Collections.shuffle(seen, random);
            seen = seen.subList(0, Math.min(seen.size(), 4 + random.nextInt(4)));
            List<CoachingCheck> checks = new ArrayList<>();
            for (CoachingBehaviour behaviour : seen) {
                LocalDate trained = passed.get(behaviour.getCompetencyCode());
                double chance = trained != null && !day.isBefore(trained) ? 0.82 : 0.52;
                checks.add(new CoachingCheck(
                        behaviour.getCode(), behaviour.getCompetencyCode(), random.nextDouble() < chance));
            }
            em.persist(new CoachingObservation(
                    person,
                    "demo",
                    lead.getDisplayName(),
                    day,
                    INTERACTIONS[random.nextInt(INTERACTIONS.length)],
                    random.nextDouble() < 0.3 ? "Talked it through straight after the call." : null,
                    checks,
                    day));
        }
    }

    /** For each person, the first day they passed a course teaching each competency. */
    private Map<Long, Map<String, LocalDate>> competenciesPassed() {
        Map<Long, Set<String>> teaches = new HashMap<>();
        em.createQuery("SELECT c FROM Course c", Course.class)
                .getResultList()
                .forEach(c -> teaches.put(c.getId(), c.getCompetencies()));
        Map<Long, Map<String, LocalDate>> passed = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT a.employee.id, a.course.id, a.completedAt FROM Assignment a WHERE a.completedAt IS NOT NULL",
                        Object[].class)
                .getResultList()) {
            LocalDate day = LocalDate.ofInstant((Instant) row[2], ZONE);
            for (String competency : teaches.getOrDefault((Long) row[1], Set.of())) {
                passed.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .merge(competency, day, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return passed;
    }
}
