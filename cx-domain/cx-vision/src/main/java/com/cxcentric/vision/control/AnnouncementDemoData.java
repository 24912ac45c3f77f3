package com.cxcentric.vision.control;

import com.cxcentric.demo.DemoCompanyGenerator;
import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.vision.entity.Announcement;
import com.cxcentric.vision.entity.Audience;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The demo company's announcements: the service promise to everyone soon after the vision (to be
 * confirmed; departments confirmed it at the vision's rates), the contact centre's call-back change
 * a month ago (to be confirmed; the demo employee has not yet) and a thank-you ten days ago. Written
 * straight into the tables, without messages.
 */
@ApplicationScoped
public class AnnouncementDemoData implements DemoDataContributor {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree orgTree;

    @Override
    public int order() {
        return 230;
    }

    @Override
    public void contribute(DemoContext context) {
        Random random = context.randomFor(AnnouncementDemoData.class);
        LocalDate today = context.today();
        OrgUnit contactCentre = em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                .setParameter("code", "CC")
                .getResultStream()
                .findFirst()
                .orElse(null);
        String demoEmployee = context.company().logins().stream()
                .filter(l -> l.username().equals(DemoCompanyGenerator.EMPLOYEE_LOGIN))
                .map(l -> l.employeeNumber())
                .findFirst()
                .orElse(null);
        Announcement promise = Announcement.publish(
                "Our service promise, and what it asks of each of us",
                "From today we promise every customer an answer within one working day, a fix the first time or"
                        + " an exact date, and one person who stays with them until it is done. Your department's"
                        + " head will go through what this means for your work in the next team meeting. Please"
                        + " confirm that you have read it.",
                Audience.COMPANY,
                null,
                null,
                true,
                DemoCompanyGenerator.EXECUTIVE_LOGIN,
                today.minusDays(VisionDemoData.PUBLISHED_DAYS_AGO - 7L));
        deliver(promise, random, today, demoEmployee, true);
        if (contactCentre != null) {
            Announcement callBacks = Announcement.publish(
                    "Call-backs become tickets from Monday",
                    "Every call-back a customer is promised is now a ticket with a due time, visible to the shift"
                            + " lead at handover. No more spreadsheet. Please confirm you have read how it works.",
                    Audience.UNIT,
                    contactCentre,
                    null,
                    true,
                    DemoCompanyGenerator.HR_LOGIN,
                    today.minusDays(30));
            deliver(callBacks, random, today, demoEmployee, false);
        }
        Announcement thanks = Announcement.publish(
                "Thank you: customers notice",
                "CSAT in the contact centre rose by six points since the service recovery course. Thank you to"
                        + " everyone who took it and to the champions who brought the call-back problem to light.",
                Audience.COMPANY,
                null,
                null,
                false,
                DemoCompanyGenerator.EXECUTIVE_LOGIN,
                today.minusDays(10));
        deliver(thanks, random, today, demoEmployee, false);
        em.flush();
    }

    /** Recipients as the audience was on the day, then seen and confirmed at the vision's rates per department. */
    private void deliver(
            Announcement announcement, Random random, LocalDate today, String demoEmployee, boolean staggered) {
        em.persist(announcement);
        em.flush();
        Map<Long, OrgUnit> departmentOf = orgTree.departmentOfEachUnit();
        List<OrgUnit> departments = departmentOf.values().stream()
                .distinct()
                .sorted(Comparator.comparing(OrgUnit::getName))
                .collect(Collectors.toList());
        var units = announcement.getUnit() == null
                ? null
                : orgTree.subtreeOf(List.of(announcement.getUnit().getId()));
        for (Employee person : em.createQuery(
                        "SELECT e FROM Employee e WHERE e.status <> :left ORDER BY e.id", Employee.class)
                .setParameter("left", EmploymentStatus.LEFT)
                .getResultList()) {
            if (units != null
                    && (person.getOrgUnit() == null
                            || !units.contains(person.getOrgUnit().getId()))) {
                continue;
            }
            OrgUnit department = person.getOrgUnit() == null
                    ? null
                    : departmentOf.get(person.getOrgUnit().getId());
            int rate = !staggered || department == null
                    ? 75
                    : VisionDemoData.CONFIRMED_PERCENT[
                            departments.indexOf(department) % VisionDemoData.CONFIRMED_PERCENT.length];
            boolean confirmed = announcement.isConfirmRequested()
                    && random.nextInt(100) < rate
                    && !person.getEmployeeNumber().equals(demoEmployee);
            boolean seen = confirmed || random.nextInt(100) < 70;
            LocalDate day = announcement.getPublishedOn().plusDays(random.nextInt(5));
            if (day.isAfter(today)) {
                day = today;
            }
            Timestamp at = Timestamp.from(day.atTime(9, 30).toInstant(ZoneOffset.UTC));
            var insert = em.createNativeQuery("INSERT INTO announcement_recipient (announcement_id, employee_id,"
                    + " seen_at, confirmed_at) VALUES (?, ?, " + (seen ? "?" : "NULL") + ", "
                    + (confirmed ? "?" : "NULL") + ")");
            insert.setParameter(1, announcement.getId()).setParameter(2, person.getId());
            int next = 3;
            if (seen) {
                insert.setParameter(next++, at);
            }
            if (confirmed) {
                insert.setParameter(next, at);
            }
            insert.executeUpdate();
        }
    }
}
