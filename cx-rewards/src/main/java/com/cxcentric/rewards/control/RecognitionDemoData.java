package com.cxcentric.rewards.control;

import com.cxcentric.demo.DemoCompanyGenerator;
import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.EmploymentStatus;
import com.cxcentric.rewards.control.PointsLedger.Leg;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.PointsTransfer.Movement;
import com.cxcentric.rewards.entity.Recognition;
import com.cxcentric.rewards.entity.TransferKind;
import com.cxcentric.vision.entity.CompanyValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Half a year of peer recognition in the demo company, through the real ledger month by month:
 * colleagues of the same team thank each other, and the people customers complimented more are
 * recognised more often. The demo employee and lead both received and gave some.
 */
@ApplicationScoped
public class RecognitionDemoData implements DemoDataContributor {

    static final int MONTHS = 6;
    /** Recognitions a month per hundred people. */
    static final int PER_HUNDRED = 18;

    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final int[] POINTS = {0, 5, 5, 10, 10, 15, 20};
    private static final String[] MESSAGES = {
        "Stayed on the line until the customer's delivery was rebooked, and called back to confirm.",
        "Took over an angry caller for me and turned it around without a transfer.",
        "Explained the warranty so clearly that the customer thanked us twice.",
        "Spotted the wrong delivery address before the van left and fixed it with the customer.",
        "Came in early so the customer's kitchen could be installed on the promised day.",
        "Asked the one question that showed what the customer really needed.",
        "Followed up on a complaint nobody owned until the customer had an answer.",
        "Shared the trick for faster returns with the whole team.",
    };

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private PointsLedger ledger;

    @Override
    public int order() {
        return 250;
    }

    @Override
    public void contribute(DemoContext context) {
        Random random = context.randomFor(RecognitionDemoData.class);
        List<Employee> people = em.createQuery("SELECT e FROM Employee e WHERE e.status <> :left", Employee.class)
                .setParameter("left", EmploymentStatus.LEFT)
                .getResultList();
        Map<Long, List<Employee>> byUnit = people.stream()
                .filter(e -> e.getOrgUnit() != null)
                .collect(Collectors.groupingBy(e -> e.getOrgUnit().getId()));
        Map<Long, Long> compliments = compliments();
        List<String> values = em.createNamedQuery(CompanyValue.FIND_ACTIVE, CompanyValue.class).getResultList().stream()
                .map(CompanyValue::getCode)
                .toList();
        Map<String, Long> logins = context.company().logins().stream()
                .filter(l -> l.employeeNumber() != null)
                .collect(Collectors.toMap(l -> l.username(), l -> employeeId(l.employeeNumber())));
        Long demoEmployee = logins.get(DemoCompanyGenerator.EMPLOYEE_LOGIN);
        Long demoLead = logins.get(DemoCompanyGenerator.LEAD_LOGIN);
        int sequence = 0;
        for (int back = MONTHS - 1; back >= 0; back--) {
            LocalDate month = context.today().minusMonths(back).withDayOfMonth(1);
            int days = back == 0 ? context.today().getDayOfMonth() : month.lengthOfMonth();
            Map<Long, Long> left = new HashMap<>();
            Map<String, Long> toOne = new HashMap<>();
            int count = people.size() * PER_HUNDRED / 100;
            for (int i = 0; i < count; i++) {
                Employee giver = people.get(random.nextInt(people.size()));
                if (i == 0 && demoEmployee != null) {
                    giver = em.find(Employee.class, demoEmployee);
                }
                Employee recipient = i == 1 && demoEmployee != null
                        ? em.find(Employee.class, demoEmployee)
                        : colleagueOf(giver, byUnit, compliments, random);
                if (i == 0 && demoLead != null) {
                    recipient = em.find(Employee.class, demoLead);
                }
                if (recipient == null || recipient.getId().equals(giver.getId())) {
                    continue;
                }
                int points = POINTS[random.nextInt(POINTS.length)];
                long allowance = left.getOrDefault(giver.getId(), ledger.monthlyAllowance());
                String pair = giver.getId() + ">" + recipient.getId();
                if (points > allowance || toOne.getOrDefault(pair, 0L) + points > ledger.monthlyAllowance() / 2) {
                    points = 0;
                }
                left.put(giver.getId(), allowance - points);
                toOne.merge(pair, (long) points, Long::sum);
                LocalDate day = month.plusDays(random.nextInt(days));
                recognise(
                        "demo:" + (++sequence),
                        giver,
                        recipient,
                        values.get(random.nextInt(values.size())),
                        MESSAGES[random.nextInt(MESSAGES.length)],
                        points,
                        random.nextInt(100) < 85,
                        day);
            }
        }
    }

    private void recognise(
            String key,
            Employee giver,
            Employee recipient,
            String value,
            String message,
            int points,
            boolean publicFeed,
            LocalDate day) {
        var recognition = new Recognition(
                key,
                giver.getId(),
                Set.of(recipient.getId()),
                value,
                message,
                points,
                publicFeed,
                day.atTime(10 + (int) (Math.abs(key.hashCode()) % 8), 0)
                        .atZone(ZONE)
                        .toInstant());
        em.persist(recognition);
        em.flush();
        if (points > 0) {
            var giving = ledger.openHere(AccountKind.GIVING, giver.getId());
            var received = ledger.openHere(AccountKind.RECEIVED, recipient.getId());
            ledger.moveAll(
                    List.of(new Leg(
                            new Movement(
                                    key + ":" + recipient.getId(),
                                    TransferKind.GIFT,
                                    points,
                                    day,
                                    "demo",
                                    message,
                                    recognition.getId(),
                                    null),
                            giving,
                            received)),
                    day);
        }
    }

    /** A colleague of the giver's team, drawn with weight 1 + the compliments customers gave them. */
    private static Employee colleagueOf(
            Employee giver, Map<Long, List<Employee>> byUnit, Map<Long, Long> compliments, Random random) {
        if (giver.getOrgUnit() == null) {
            return null;
        }
        List<Employee> team =
                new ArrayList<>(byUnit.getOrDefault(giver.getOrgUnit().getId(), List.of()));
        team.removeIf(e -> e.getId().equals(giver.getId()));
        if (team.isEmpty()) {
            return null;
        }
        long total = team.stream()
                .mapToLong(e -> 1 + compliments.getOrDefault(e.getId(), 0L))
                .sum();
        long draw = (long) (random.nextDouble() * total);
        for (Employee e : team) {
            draw -= 1 + compliments.getOrDefault(e.getId(), 0L);
            if (draw < 0) {
                return e;
            }
        }
        return team.get(team.size() - 1);
    }

    private Map<Long, Long> compliments() {
        Map<Long, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.employee_id, COUNT(*) FROM compliment c JOIN"
                        + " attribution_member m ON m.attribution_id = c.attribution_id WHERE m.employee_id IS NOT NULL"
                        + " GROUP BY m.employee_id")
                .getResultList();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    private Long employeeId(String number) {
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .map(Employee::getId)
                .orElse(null);
    }
}
