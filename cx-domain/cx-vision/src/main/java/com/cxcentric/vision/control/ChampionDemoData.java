package com.cxcentric.vision.control;

import com.cxcentric.demo.DemoCompanyGenerator;
import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.vision.entity.Idea;
import com.cxcentric.vision.entity.IdeaKind;
import com.cxcentric.vision.entity.IdeaStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo company's customer champions and what they raised: two or three front-line people per
 * department named soon after the vision was published (one in the department lagging behind),
 * the demo employee among the contact centre's; ideas in every status, the lagging department's
 * still waiting for an answer. Written straight into the tables, without messages.
 */
@ApplicationScoped
public class ChampionDemoData implements DemoDataContributor {

    /** Champions per department in name order, cycling; the fifth is the one lagging in the rollout. */
    static final int[] CHAMPIONS = {3, 2, 3, 2, 1};

    private static final String ROLE =
            "Brings what customers run into at the counter, on the phone and at the door to the"
                    + " department every month, and shows colleagues what the vision asks of them in their own work.";

    /** Title, observation, and per status of the answer the department gave. */
    private static final String[][] IDEAS = {
        {
            "Customers pay extra for delivery one street outside the area",
            "The delivery-area rule follows postcodes, so a customer across the road from the boundary pays the"
                    + " long-distance fee. Three customers complained this month; two cancelled.",
            "We measure the area by driving distance from the depot from next month; the postcode list goes."
        },
        {
            "Callers repeat their story after every transfer",
            "When a call is passed to billing, the notes stay behind and the customer starts again. A warm transfer"
                    + " with a one-line summary would spare them.",
            "Warm transfers with a summary are now the standard; the phone system shows the note to whoever picks up."
        },
        {
            "Engineers arrive without the part the customer described",
            "The booking form asks for the device but not the fault, so the first visit is often a look and a second"
                    + " visit the repair.",
            "The booking form now asks what is wrong, with photos; first-visit fixes are tracked weekly."
        },
        {
            "Refunds take ten days where the promise says five",
            "Store refunds go through the central finance run on Fridays only. Customers who return on a Monday wait"
                    + " two weeks.",
            "Finance cannot run refunds daily this year; we tell customers the real date at the till instead."
        },
        {
            "Opening hours on the website are wrong for three stores",
            "Customers come to Bandung and Medan stores an hour before they open because the site still shows the"
                    + " old hours.",
            "Thank you: the store pages now take their hours from the roster system."
        },
        {
            "Let agents send the repair status by WhatsApp",
            "Half of the calls we take are 'where is my repair'. A status message when the engineer is booked and"
                    + " when the part arrives would answer most of them before they call.",
            "A pilot starts with two teams; the owner reports the effect on calls after six weeks."
        },
        {
            "Delivery slots of four hours are too long for working customers",
            "Customers take half a day off for a delivery that comes at the end of the slot. Two-hour slots in the"
                    + " evening were asked for twelve times last month.",
            "We are testing evening two-hour slots in Jakarta South before deciding."
        },
        {
            "The warranty check needs the paper receipt",
            "Customers who bought online have no paper receipt; the store sends them away although the order is in"
                    + " the system.",
            "Stores may now find the order by phone number; the receipt rule is gone."
        }
    };

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree orgTree;

    @Override
    public int order() {
        return 210;
    }

    @Override
    public void contribute(DemoContext context) {
        Random random = context.randomFor(ChampionDemoData.class);
        LocalDate named = context.today().minusDays(VisionDemoData.PUBLISHED_DAYS_AGO - 21L);
        Map<Long, OrgUnit> departmentOf = orgTree.departmentOfEachUnit();
        List<OrgUnit> departments = departmentOf.values().stream()
                .distinct()
                .sorted(Comparator.comparing(OrgUnit::getName))
                .toList();
        String demoEmployee = context.company().logins().stream()
                .filter(l -> l.username().equals(DemoCompanyGenerator.EMPLOYEE_LOGIN))
                .map(l -> l.employeeNumber())
                .findFirst()
                .orElse(null);
        List<Employee> people = em.createQuery(
                        "SELECT e FROM Employee e WHERE e.status <> :left AND e.orgUnit IS NOT NULL ORDER BY e.id",
                        Employee.class)
                .setParameter("left", EmploymentStatus.LEFT)
                .getResultList();
        int next = 0;
        for (int d = 0; d < departments.size(); d++) {
            OrgUnit department = departments.get(d);
            boolean lagging = d % CHAMPIONS.length == CHAMPIONS.length - 1;
            List<Employee> candidates = new ArrayList<>(people.stream()
                    .filter(p ->
                            department.equals(departmentOf.get(p.getOrgUnit().getId())))
                    .filter(p -> p.getContactLevel() == ContactLevel.FRONT_LINE
                            || p.getContactLevel() == ContactLevel.CUSTOMER_SUPPORT)
                    .filter(p -> department.getLead() == null || !p.equals(department.getLead()))
                    .toList());
            if (candidates.isEmpty()) {
                continue;
            }
            candidates.sort(
                    Comparator.comparing((Employee p) -> !p.getEmployeeNumber().equals(demoEmployee))
                            .thenComparing(p -> random.nextInt()));
            List<Employee> champions =
                    candidates.subList(0, Math.min(CHAMPIONS[d % CHAMPIONS.length], candidates.size()));
            for (Employee champion : champions) {
                em.createNativeQuery("INSERT INTO champion (department_id, employee_id, role_description, named_by,"
                                + " named_on) VALUES (?, ?, ?, ?, ?)")
                        .setParameter(1, department.getId())
                        .setParameter(2, champion.getId())
                        .setParameter(3, ROLE)
                        .setParameter(4, DemoCompanyGenerator.HR_LOGIN)
                        .setParameter(5, Date.valueOf(named))
                        .executeUpdate();
            }
            int count = lagging ? 2 : 3 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                String[] text = IDEAS[next++ % IDEAS.length];
                Employee raiser = champions.get(i % champions.size());
                LocalDate raised = named.plusDays(20 + random.nextInt(200));
                Idea idea = Idea.raise(
                        department,
                        raiser,
                        i % 3 == 0 ? IdeaKind.OBSERVATION : IdeaKind.IDEA,
                        text[0],
                        text[1],
                        raised);
                IdeaStatus status = lagging ? IdeaStatus.RAISED : statusFor(d + i);
                if (status != IdeaStatus.RAISED) {
                    LocalDate answered = raised.plusDays(2 + random.nextInt(10));
                    idea.answer(
                            status,
                            text[2],
                            status == IdeaStatus.DECLINED ? null : department.getLead(),
                            DemoCompanyGenerator.HR_LOGIN,
                            answered.isAfter(context.today()) ? context.today() : answered);
                }
                em.persist(idea);
            }
        }
        em.flush();
    }

    /** Every status appears: the ideas of a department cycle through them, each department starting further on. */
    private static IdeaStatus statusFor(int index) {
        IdeaStatus[] statuses = IdeaStatus.values();
        return statuses[index % statuses.length];
    }
}
