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

    /**
     * What each department's champions raised (by department code): the status the department's
     * answer left it in, the title, the observation and the answer. The lagging department's wait.
     */
    private static final Map<String, List<String[]>> IDEAS = Map.of(
            "CC",
            List.<String[]>of(
                    new String[] {
                        "IN_PROGRESS",
                        "Callers repeat their story after every transfer",
                        "When a call is passed to billing, the notes stay behind and the customer starts again. A"
                                + " warm transfer with a one-line summary would spare them.",
                        "We pilot warm transfers with a summary in Voice Team A; the phone system shows the note to"
                                + " whoever picks up."
                    },
                    new String[] {
                        "ACTED_ON",
                        "Customers wait for call-backs that never come",
                        "'No call-back' is our most frequent complaint. The call-back list lives in a spreadsheet"
                                + " that nobody owns at the end of a shift.",
                        "Call-backs are now tickets with a due time; the shift lead sees what is open at handover."
                    },
                    new String[] {
                        "RAISED",
                        "Let agents send the repair status by WhatsApp",
                        "Half of the calls we take are 'where is my repair'. A message when the engineer is booked and"
                                + " when the part arrives would answer most of them before they call.",
                        null
                    },
                    new String[] {
                        "DECLINED",
                        "Longer opening hours for the phone line on Saturdays",
                        "Customers who work during the week can only call us on Saturday morning.",
                        "Saturday calls are under 3 % of the week's; we answer chat until 20:00 instead."
                    }),
            "DL",
            List.<String[]>of(
                    new String[] {
                        "ACTED_ON",
                        "Customers pay extra for delivery one street outside the area",
                        "The delivery-area rule follows postcodes, so a customer across the road from the boundary"
                                + " pays the long-distance fee. Three customers complained this month; two cancelled.",
                        "We measure the area by driving distance from the depot; the postcode list is gone."
                    },
                    new String[] {
                        "ANSWERED",
                        "Four-hour delivery slots are too long for working customers",
                        "Customers take half a day off for a delivery that comes at the end of the slot. Two-hour"
                                + " evening slots were asked for twelve times last month.",
                        "We look at the routes' capacity for evening slots in Jakarta South and come back in May."
                    },
                    new String[] {
                        "RAISED",
                        "Drivers cannot see the customer's note about the gate",
                        "Customers write 'use the side gate' when ordering, but the note does not reach the driver's"
                                + " app, so drivers call or leave.",
                        null
                    }),
            "FS",
            List.<String[]>of(
                    new String[] {
                        "IN_PROGRESS",
                        "Engineers arrive without the part the customer described",
                        "The booking form asks for the device but not the fault, so the first visit is often a look"
                                + " and a second visit the repair.",
                        "The booking form asks what is wrong, with photos, from next month; first-visit fixes are"
                                + " tracked weekly."
                    },
                    new String[] {
                        "ACTED_ON",
                        "Customers are not told when the engineer is running late",
                        "When a job overruns, the next customer waits at home without a word.",
                        "Engineers now send a delay message from the app with a new time."
                    },
                    new String[] {
                        "ANSWERED",
                        "The visit window of a whole day",
                        "Customers are given 08:00 to 17:00. Most would accept a morning or an afternoon.",
                        "Morning and afternoon windows need the new planning tool; we tell you when it is chosen."
                    }),
            "RET",
            List.<String[]>of(
                    new String[] {
                        "ACTED_ON",
                        "The warranty check needs the paper receipt",
                        "Customers who bought online have no paper receipt; the store sends them away although the"
                                + " order is in the system.",
                        "Stores find the order by phone number; the receipt rule is gone."
                    },
                    new String[] {
                        "ANSWERED",
                        "Opening hours on the website are wrong for three stores",
                        "Customers come to the Bandung and Medan stores an hour before they open because the site"
                                + " still shows the old hours.",
                        "Thank you: we ask the web team to take the hours from the roster system."
                    },
                    new String[] {
                        "RAISED",
                        "No place to sit while the kitchen design is drawn",
                        "A design appointment takes an hour; customers stand at the counter the whole time.",
                        null
                    }),
            "FIN",
            List.<String[]>of(
                    new String[] {
                        "DECLINED",
                        "Refunds take ten days where the promise says five",
                        "Refunds go through the central finance run on Fridays only. Customers who return on a"
                                + " Monday wait almost two weeks.",
                        "Daily refund runs cost more than the bank allows this year; the till tells customers the"
                                + " real date instead, and we look again in January."
                    },
                    new String[] {
                        "IN_PROGRESS",
                        "Invoices name the product by its internal code",
                        "Customers call to ask what 'KD-220-W' is. The invoice could print the product's name.",
                        "The invoice layout changes with the next billing release."
                    },
                    new String[] {
                        "RAISED",
                        "Payment reminders go out before the payment arrives",
                        "Customers who paid by transfer on the due day get a reminder the next morning.",
                        null
                    }),
            "PT",
            List.<String[]>of(
                    new String[] {
                        "RAISED",
                        "The help centre search does not find 'cancel'",
                        "Customers type 'cancel order' and get the terms and conditions; the cancel page is third.",
                        null
                    },
                    new String[] {
                        "RAISED",
                        "New colleagues learn the service promise only after a month",
                        "The onboarding week covers systems and payroll; nobody tells a new colleague what we"
                                + " promise customers.",
                        null
                    }));

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
            List<String[]> ideas = IDEAS.getOrDefault(department.getCode(), List.of());
            for (int i = 0; i < ideas.size(); i++) {
                String[] text = ideas.get(i);
                Employee raiser = champions.get(i % champions.size());
                LocalDate raised = named.plusDays(20 + random.nextInt(200));
                Idea idea = Idea.raise(
                        department,
                        raiser,
                        i % 2 == 0 ? IdeaKind.IDEA : IdeaKind.OBSERVATION,
                        text[1],
                        text[2],
                        raised);
                IdeaStatus status = lagging ? IdeaStatus.RAISED : IdeaStatus.valueOf(text[0]);
                if (status != IdeaStatus.RAISED) {
                    LocalDate answered = raised.plusDays(2 + random.nextInt(10));
                    idea.answer(
                            status,
                            text[3],
                            status == IdeaStatus.DECLINED ? null : department.getLead(),
                            DemoCompanyGenerator.HR_LOGIN,
                            answered.isAfter(context.today()) ? context.today() : answered);
                }
                em.persist(idea);
            }
        }
        em.flush();
    }
}
