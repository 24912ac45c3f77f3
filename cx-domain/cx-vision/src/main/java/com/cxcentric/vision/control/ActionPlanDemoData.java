package com.cxcentric.vision.control;

import com.cxcentric.demo.DemoCompanyGenerator;
import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.vision.entity.ActionPlan;
import com.cxcentric.vision.entity.ActionPlanStatus;
import com.cxcentric.vision.entity.ActionTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The demo company's action plans, departments' and teams', in every status, some of them overdue;
 * each owned by the lead of its unit and set some months ago; two or more per department. People & Technology, lagging in the
 * rollout, has a single plan, overdue.
 */
@ApplicationScoped
public class ActionPlanDemoData implements DemoDataContributor {

    /**
     * Unit, title, target kind, target, root cause (or empty), status, share done, due in days from
     * today (negative: past), set so many days ago, steps (separated by |) of which the first n are done.
     */
    private static final String[][] PLANS = {
        {
            "CC",
            "Lift contact-centre CSAT to 85 %",
            "OUTCOME_METRIC",
            "CSAT % at least 85 over 90 days",
            "",
            "IN_PROGRESS",
            "60",
            "45",
            "150",
            "Warm transfers with a summary|Call-backs as tickets with a due time|Coach every agent on ownership",
            "2"
        },
        {
            "CC-VOICE-A",
            "No call-back forgotten",
            "COMPLAINT_CATEGORY",
            "No call-back",
            "The call-back list is a spreadsheet nobody owns at the end of a shift",
            "COMPLETE",
            "100",
            "-20",
            "120",
            "Call-backs become tickets|Shift lead checks open call-backs at handover",
            "2"
        },
        {
            "CC-CHAT",
            "Answer chats within two minutes",
            "SERVICE_STANDARD",
            "Chat first reply within 2 minutes, 90 %",
            "",
            "ON_HOLD",
            "30",
            "60",
            "90",
            "Second agent at lunchtime|Canned first replies",
            "1"
        },
        {
            "DL",
            "End the delivery-area surcharge complaints",
            "COMPLAINT_CATEGORY",
            "Delivery fee disputes",
            "The delivery area follows postcodes, not driving distance",
            "COMPLETE",
            "100",
            "-40",
            "200",
            "Measure the area by driving distance|Tell customers the fee before checkout",
            "2"
        },
        {
            "DL-JKT",
            "Evening delivery slots in Jakarta South",
            "OUTCOME_METRIC",
            "CES at least 5.5 for deliveries",
            "",
            "IN_PROGRESS",
            "35",
            "-10",
            "100",
            "Check route capacity|Pilot two-hour evening slots|Decide",
            "1"
        },
        {
            "FS",
            "Fix it on the first visit",
            "SERVICE_STANDARD",
            "First-visit fix 80 %",
            "",
            "IN_PROGRESS",
            "50",
            "30",
            "110",
            "Booking form asks what is wrong|Photos with the booking|Weekly first-visit review",
            "1"
        },
        {
            "FS-SCHED",
            "Every engineer trained in service recovery",
            "TRAINING_COVERAGE",
            "Service recovery course certified, 100 % of the team",
            "",
            "NOT_STARTED",
            "0",
            "75",
            "20",
            "",
            "0"
        },
        {
            "RET",
            "Starter curriculum for every store",
            "TRAINING_COVERAGE",
            "Starter curriculum certified, 80 % of store staff",
            "",
            "IN_PROGRESS",
            "70",
            "-5",
            "180",
            "Assign the curriculum|Store managers check progress weekly",
            "1"
        },
        {
            "RET-JKT-C",
            "Warranty without the paper receipt",
            "COMPLAINT_CATEGORY",
            "Warranty refused",
            "The warranty check asks for the paper receipt",
            "COMPLETE",
            "100",
            "-60",
            "160",
            "Find orders by phone number|Retrain the counter",
            "2"
        },
        {
            "FIN",
            "Refunds within the promised five days",
            "SERVICE_STANDARD",
            "Refund paid within 5 working days, 95 %",
            "",
            "CANCELLED",
            "10",
            "-30",
            "140",
            "Daily refund run",
            "0"
        },
        {
            "FIN-BILLING",
            "Invoices customers can read",
            "COMPLAINT_CATEGORY",
            "Unclear invoice",
            "Invoices print the internal product code",
            "IN_PROGRESS",
            "40",
            "50",
            "60",
            "Print product names|Explain the first invoice",
            "0"
        },
        {
            "DL-WAREHOUSE",
            "Parcels checked before they leave",
            "COMPLAINT_CATEGORY",
            "Damaged on arrival",
            "Fragile goods are packed like the rest",
            "IN_PROGRESS",
            "45",
            "25",
            "70",
            "Fragile label at picking|Second check at the dock",
            "1"
        },
        {
            "DL-REGIONAL",
            "Call before a late delivery",
            "SERVICE_STANDARD",
            "Customer told before the slot ends, 95 %",
            "",
            "COMPLETE",
            "100",
            "-15",
            "90",
            "Drivers' app sends a delay message",
            "1"
        },
        {
            "FS-EAST",
            "Engineers trained in service recovery",
            "TRAINING_COVERAGE",
            "Service recovery course certified, 90 % of the team",
            "",
            "IN_PROGRESS",
            "55",
            "35",
            "80",
            "Assign the course|Practise in the team meeting",
            "1"
        },
        {
            "FS-REPAIR",
            "Repairs back within five days",
            "SERVICE_STANDARD",
            "Workshop repair returned in 5 days, 85 %",
            "",
            "ON_HOLD",
            "20",
            "-8",
            "100",
            "Parts stock for the top ten faults",
            "0"
        },
        {
            "FIN-ACCOUNTING",
            "Refund errors corrected the same day",
            "COMPLAINT_CATEGORY",
            "Wrong refund amount",
            "Refunds are keyed by hand from the till slip",
            "COMPLETE",
            "100",
            "-25",
            "120",
            "Refunds read from the till system",
            "1"
        },
        {
            "RET-BDG",
            "Opening hours right everywhere",
            "COMPLAINT_CATEGORY",
            "Store closed at posted hours",
            "The website keeps the hours by hand",
            "COMPLETE",
            "100",
            "-12",
            "60",
            "Hours from the roster system",
            "1"
        },
        {
            "RET-SUB",
            "Kitchen design appointments on time",
            "SERVICE_STANDARD",
            "Appointment starts within 10 minutes, 90 %",
            "",
            "IN_PROGRESS",
            "30",
            "40",
            "45",
            "Book 75 minutes, not 60|Seat waiting customers",
            "0"
        },
        {
            "PT",
            "The service promise in every onboarding",
            "TRAINING_COVERAGE",
            "New joiners take the CX vision course in their first week, 100 %",
            "",
            "NOT_STARTED",
            "0",
            "-15",
            "130",
            "",
            "0"
        }
    };

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Override
    public int order() {
        return 220;
    }

    @Override
    public void contribute(DemoContext context) {
        LocalDate today = context.today();
        for (String[] p : PLANS) {
            OrgUnit unit = em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                    .setParameter("code", p[0])
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (unit == null || unit.getLead() == null) {
                continue;
            }
            Employee owner = unit.getLead();
            LocalDate set = today.minusDays(Long.parseLong(p[8]));
            LocalDate due = today.plusDays(Long.parseLong(p[7]));
            List<String> steps = p[9].isEmpty() ? List.of() : Arrays.asList(p[9].split("\\|"));
            ActionPlan plan = ActionPlan.set(
                    unit,
                    p[1],
                    ActionTarget.valueOf(p[2]),
                    p[3],
                    p[4],
                    owner,
                    due.isBefore(set) ? set : due,
                    steps,
                    null,
                    DemoCompanyGenerator.HR_LOGIN,
                    set);
            ActionPlanStatus status = ActionPlanStatus.valueOf(p[5]);
            if (status != ActionPlanStatus.NOT_STARTED) {
                Set<Integer> done = IntStream.rangeClosed(1, Integer.parseInt(p[10]))
                        .boxed()
                        .collect(Collectors.toSet());
                LocalDate progressed = status == ActionPlanStatus.COMPLETE && due.isBefore(today) ? due : today;
                plan.progress(status, Integer.parseInt(p[6]), done, null, progressed);
            }
            em.persist(plan);
        }
        em.flush();
    }
}
