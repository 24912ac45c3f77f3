package com.cxcentric.rewards.control;

import com.cxcentric.demo.DemoCompanyGenerator;
import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.ApprovalDecision;
import com.cxcentric.rewards.entity.ApprovalKind;
import com.cxcentric.rewards.entity.ApprovalRequest;
import com.cxcentric.rewards.entity.ApprovalRequest.Ask;
import com.cxcentric.rewards.entity.ApprovalStep;
import com.cxcentric.rewards.entity.Approver;
import com.cxcentric.rewards.entity.PointsAccount;
import com.cxcentric.rewards.entity.Recognition;
import com.cxcentric.vision.entity.CompanyValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Nominations and boosts in the demo company, through the real approval flow: most nominations
 * decided by every approver in turn with their comments (one refused, its points back in the
 * budget, one for the demo employee), two waiting for the demo lead's decision, one waiting for HR
 * after its team lead approved, a reward outside the catalog one of the team asked for waiting
 * for the demo lead; and the demo lead's boosts of recognition their people received.
 */
@ApplicationScoped
public class ApprovalDemoData implements DemoDataContributor {

    private static final String[] REASONS = {
        "Turned a furious complaint about a double charge into a thank-you letter, and fixed the billing rule behind it.",
        "Covered the phones for the whole team during the outage and kept every caller informed.",
        "Rebuilt the returns checklist after three customers tripped over it; complaints about returns halved.",
        "Went to the customer's site on a Saturday so their launch could go ahead.",
        "Trained two new colleagues on the service standards and they passed first time.",
        "Spotted a pattern in the survey comments and got the delivery partner to change their window."
    };

    private static final String[] COMMENTS = {
        "Seen it myself: well deserved.",
        "Agreed; the customer wrote to us about it.",
        "Fits the budget, approved.",
        "Yes. Worth telling at the town hall too."
    };

    /** The price of the demo's reward outside the catalog. */
    private static final long WISH_POINTS = 80;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private ApprovalFlow flow;

    @Inject
    private PointsLedger ledger;

    @Inject
    private BoostBook boosts;

    @Inject
    private CustomRewards customRewards;

    @Inject
    private OrgTree tree;

    @Override
    public int order() {
        return 290;
    }

    @Override
    public void contribute(DemoContext context) {
        Random random = context.randomFor(ApprovalDemoData.class);
        Map<String, String> numbers = context.company().logins().stream()
                .filter(l -> l.employeeNumber() != null)
                .collect(Collectors.toMap(l -> l.username(), l -> l.employeeNumber()));
        Map<Long, String> usernames = context.company().logins().stream()
                .filter(l -> l.employeeNumber() != null)
                .collect(Collectors.toMap(l -> person(l.employeeNumber()).getId(), l -> l.username(), (a, b) -> a));
        Employee lead = person(numbers.get(DemoCompanyGenerator.LEAD_LOGIN));
        Employee employee = person(numbers.get(DemoCompanyGenerator.EMPLOYEE_LOGIN));
        if (lead == null || employee == null) {
            return;
        }
        List<String> values = em.createNamedQuery(CompanyValue.FIND_ACTIVE, CompanyValue.class).getResultList().stream()
                .map(CompanyValue::getCode)
                .toList();
        List<Employee> people = em.createQuery(
                        "SELECT e FROM Employee e WHERE e.status <> :left AND e.orgUnit IS NOT NULL ORDER BY e.id",
                        Employee.class)
                .setParameter("left", EmploymentStatus.LEFT)
                .getResultList();
        Set<Long> leadUnits = tree.ledBy(lead);
        List<Employee> team = people.stream()
                .filter(e ->
                        leadUnits.contains(e.getOrgUnit().getId()) && !e.getId().equals(lead.getId()))
                .toList();
        LocalDate today = context.today();
        int sequence = 0;
        // Decided: every approver in turn; the last one refused.
        List<Employee> decided = new ArrayList<>(List.of(employee));
        for (int i = 0; i < 7; i++) {
            decided.add(people.get(random.nextInt(people.size())));
        }
        for (int i = 0; i < decided.size(); i++) {
            Employee nominee = decided.get(i);
            Employee requester = colleagueOf(nominee, people, random);
            long points = 100 + 50L * random.nextInt(8);
            ApprovalRequest request =
                    nominate(++sequence, nominee, requester, points, values, random, usernames, today);
            boolean refuse = i == decided.size() - 1;
            while (request.getStatus() == com.cxcentric.rewards.entity.ApprovalStatus.WAITING) {
                ApprovalStep step = flow.currentStep(request);
                flow.decide(
                        request.getId(),
                        refuse ? ApprovalDecision.REFUSED : ApprovalDecision.APPROVED,
                        refuse
                                ? "Already rewarded through the quarterly scheme for the same case."
                                : COMMENTS[random.nextInt(COMMENTS.length)],
                        decider(step, usernames),
                        today);
            }
        }
        // Waiting for the demo lead, asked by a colleague of the team.
        for (int i = 0; i < Math.min(2, team.size()); i++) {
            Employee nominee = team.get(i);
            Employee requester = team.size() > 2 ? team.get(team.size() - 1 - i) : employee;
            if (requester.getId().equals(nominee.getId())) {
                requester = employee;
            }
            nominate(++sequence, nominee, requester, 150 + 50L * i, values, random, usernames, today);
        }
        // A reward outside the catalog, asked for by the one of the team who received most.
        team.stream()
                .filter(e -> !e.getId().equals(employee.getId()))
                .map(e -> Map.entry(
                        e,
                        ledger.existing(AccountKind.RECEIVED, e.getId())
                                .map(PointsAccount::getBalance)
                                .orElse(0L)))
                .max(Map.Entry.comparingByValue())
                .filter(richest -> richest.getValue() >= 10)
                .ifPresent(richest -> customRewards.ask(
                        richest.getKey(),
                        new CustomRewards.Wish(
                                "A day with the delivery partner's dispatch team",
                                Motivator.LEARNING_BUDGET,
                                Math.min(WISH_POINTS, richest.getValue() / 10 * 10),
                                "Half our complaints start at dispatch; I want to see how they plan the routes and"
                                        + " bring back what we can tell customers."),
                        "demo:reward:1",
                        usernames.getOrDefault(
                                richest.getKey().getId(), richest.getKey().getEmployeeNumber()),
                        today));
        // Waiting for HR: the team lead approved already.
        Employee other = people.stream()
                .filter(e -> !leadUnits.contains(e.getOrgUnit().getId())
                        && e.getOrgUnit().getLead() != null
                        && !e.getOrgUnit().getLead().getId().equals(e.getId()))
                .findFirst()
                .orElse(null);
        if (other != null) {
            ApprovalRequest request = nominate(
                    ++sequence, other, colleagueOf(other, people, random), 400, values, random, usernames, today);
            if (request.getStages() > 1) {
                flow.decide(
                        request.getId(),
                        ApprovalDecision.APPROVED,
                        "Strongly support this one; the customer is our largest account.",
                        decider(flow.currentStep(request), usernames),
                        today);
            }
        }
        boostTeam(lead, leadUnits, usernames.getOrDefault(lead.getId(), lead.getEmployeeNumber()), today);
        em.flush();
        em.clear();
    }

    private ApprovalRequest nominate(
            int sequence,
            Employee nominee,
            Employee requester,
            long points,
            List<String> values,
            Random random,
            Map<Long, String> usernames,
            LocalDate today) {
        ledger.openHere(AccountKind.RECEIVED, nominee.getId());
        return flow.ask(
                new Ask(
                        ApprovalKind.NOMINATION,
                        nominee.getId(),
                        points,
                        REASONS[random.nextInt(REASONS.length)],
                        values.get(random.nextInt(values.size())),
                        null,
                        requester.getId(),
                        usernames.getOrDefault(requester.getId(), requester.getEmployeeNumber()),
                        "nomination:demo:" + sequence,
                        flow.stagesFor(points)),
                today);
    }

    /** The demo lead adds points to the latest recognition three of their people received. */
    private void boostTeam(Employee lead, Set<Long> leadUnits, String username, LocalDate today) {
        if (leadUnits.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> latest = em.createNativeQuery("SELECT rr.recognition_id, rr.employee_id FROM recognition r"
                        + " JOIN recognition_recipient rr ON rr.recognition_id = r.id JOIN employee e ON e.id = rr.employee_id"
                        + " WHERE e.org_unit_id IN ("
                        + leadUnits.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ") AND e.id <> ? AND r.public_feed = TRUE ORDER BY r.created_at DESC, r.id DESC")
                .setParameter(1, lead.getId())
                .setMaxResults(3)
                .getResultList();
        int i = 0;
        for (Object[] row : latest) {
            Recognition recognition = em.find(Recognition.class, ((Number) row[0]).longValue());
            Employee person = em.find(Employee.class, ((Number) row[1]).longValue());
            long points = 20 + 10L * i++;
            ledger.openHere(AccountKind.RECEIVED, person.getId());
            boosts.pay(
                    recognition,
                    person,
                    points,
                    "boost:demo:" + recognition.getId() + ":" + person.getId(),
                    username,
                    "Thank you from me too.",
                    today);
        }
    }

    private Caller decider(ApprovalStep step, Map<Long, String> usernames) {
        if (step.getApprover() == Approver.HR) {
            return new Caller(null, "hr", true);
        }
        Employee approver = em.find(Employee.class, step.getApproverId());
        return new Caller(approver, usernames.getOrDefault(approver.getId(), approver.getEmployeeNumber()), false);
    }

    private static Employee colleagueOf(Employee nominee, List<Employee> people, Random random) {
        List<Employee> unit = people.stream()
                .filter(e -> e.getOrgUnit().getId().equals(nominee.getOrgUnit().getId())
                        && !e.getId().equals(nominee.getId()))
                .toList();
        List<Employee> from = unit.isEmpty() ? people : unit;
        Employee chosen = from.get(random.nextInt(from.size()));
        return chosen.getId().equals(nominee.getId())
                ? people.get((people.indexOf(nominee) + 1) % people.size())
                : chosen;
    }

    private Employee person(String number) {
        if (number == null) {
            return null;
        }
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
