package com.cxcentric.outcomes.control;

import com.cxcentric.demo.DemoCompany;
import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.demo.DemoTrainingRollout;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.outcomes.entity.ComplaintRecord;
import com.cxcentric.outcomes.entity.ComplimentRecord;
import com.cxcentric.outcomes.entity.FeedbackBatch;
import com.cxcentric.outcomes.entity.FeedbackRecord;
import com.cxcentric.outcomes.entity.LedgerRecord;
import com.cxcentric.outcomes.entity.ServiceEventRecord;
import com.cxcentric.outcomes.entity.StandardTarget;
import com.cxcentric.outcomes.entity.Touchpoint;
import com.cxcentric.platform.control.BusinessDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Twelve months of customer feedback, complaints, compliments and service-standard measurements for
 * the demo company, written through the same stores as real batches (so the rollups are the real
 * ones). Everyone who serves customers gets a response every two or three days at their team's touchpoint;
 * teams differ in quality (in scores, complaint handling and standards met alike), December
 * deliveries suffer, the contact centre improves through the year, and about one response in twenty
 * names nobody. Service recovery, rolled out team by team ({@link DemoTrainingRollout}), lifts each
 * trained person's share of satisfied CSAT answers by a known amount from the day they pass, so the
 * training impact analysis has a true effect to find. Unhappy customers and complaints got follow-ups all year; those older than ten days
 * were closed by their team leads with an outcome, the recent ones wait in the queues.
 */
@ApplicationScoped
public class FeedbackDemoData implements DemoDataContributor {

    private static final String SOURCE = "demo-survey";
    private static final String[] PRAISE = {
        "Friendly and patient, explained everything clearly.",
        "Solved my problem on the first call, thank you!",
        "The technician arrived on time and cleaned up after the work.",
        "Asked what I really needed before recommending anything.",
        "Pelayanan sangat ramah dan cepat.",
    };
    private static final String[] NEUTRAL = {
        "OK, but I had to wait a while.", "Fine overall; the website could be clearer.", "Got what I came for.",
    };
    private static final String[] COMPLAINT = {
        "Nobody called me back as promised.",
        "Delivery came outside the booked slot and nobody warned me.",
        "I had to explain my problem three times.",
        "The sofa was damaged and the store did not apologise.",
        "Menunggu terlalu lama di telepon.",
    };

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private FeedbackStore store;

    @Inject
    private BusinessDay businessDay;

    @Inject
    private FollowUpStore followUps;

    @Inject
    private LedgerEventStore events;

    @Inject
    private CustomerStages stages;

    private static final Map<String, String[]> CATEGORIES = Map.of(
            "STORE", new String[] {"Product damaged", "No staff available", "Wrong price at the till"},
            "PHONE", new String[] {"No call-back", "Long wait on the phone", "Had to repeat the problem"},
            "CHAT", new String[] {"Slow chat reply", "Unclear answer"},
            "EMAIL", new String[] {"No reply to e-mail", "Unclear answer"},
            "FIELD_SERVICE", new String[] {"Technician late", "Repair did not hold", "Mess left behind"},
            "DELIVERY", new String[] {"Delivery outside the slot", "Damaged in transit", "No warning of a delay"},
            "WEB", new String[] {"Error at checkout", "Order status unclear"});
    private static final String[] ACTIONS = {
        "Called the customer, listened, apologised and arranged a replacement.",
        "Phoned back the same day, explained what went wrong and refunded the delivery fee.",
        "Visited the customer with the technician's team lead and fixed it on the spot.",
        "Apologised by phone and agreed a new slot that suited the customer.",
    };

    @Override
    public int order() {
        return 150;
    }

    @Override
    public void contribute(DemoContext context) {
        Random random = context.randomFor(FeedbackDemoData.class);
        Map<String, Long> touchpoints = new HashMap<>();
        em.createNamedQuery(Touchpoint.FIND_ALL, Touchpoint.class)
                .getResultList()
                .forEach(t -> touchpoints.put(t.getCode(), t.getId()));
        Map<String, Double> teamQuality = new HashMap<>();
        context.company().units().forEach(u -> teamQuality.put(u.code(), random.nextGaussian() * 0.8));
        ZoneId zone = businessDay.zone();
        LocalDate first = context.today().minusDays(365);
        List<FeedbackRecord> records = new ArrayList<>();
        List<LedgerRecord> others = new ArrayList<>();
        Map<String, List<StandardTarget>> standardsAt = new HashMap<>();
        Map<String, Long> standardIds = new HashMap<>();
        events.activeStandards().forEach((code, standard) -> {
            standardsAt
                    .computeIfAbsent(standard.target().touchpoint(), t -> new ArrayList<>())
                    .add(standard.target());
            standardIds.put(code, standard.id());
        });
        standardsAt.values().forEach(list -> list.sort(Comparator.comparing(StandardTarget::code)));
        int sequence = 0;
        DemoTrainingRollout rollout = new DemoTrainingRollout(context.company(), context.today(), context.seed());
        for (DemoCompany.Person person : context.company().people()) {
            if (person.contactLevel() != ContactLevel.FRONT_LINE
                    && person.contactLevel() != ContactLevel.CUSTOMER_SUPPORT) {
                continue;
            }
            String touchpoint = touchpointOf(person.unitCode());
            double quality = teamQuality.getOrDefault(person.unitCode(), 0.0) + random.nextGaussian() * 0.5;
            LocalDate start = person.hireDate().isAfter(first) ? person.hireDate() : first;
            for (LocalDate day = start; day.isBefore(context.today()); day = day.plusDays(1 + random.nextInt(4))) {
                double season = touchpoint.equals("DELIVERY") && day.getMonthValue() == 12 ? -1.8 : 0.0;
                double trend = person.unitCode().startsWith("CC")
                        ? 1.4 * (day.toEpochDay() - first.toEpochDay()) / 365.0 - 0.7
                        : 0.0;
                double mean = 8.0 + quality + season + trend;
                int nps = clamp((int) Math.round(mean + random.nextGaussian() * 2.1), 0, 10);
                Integer csat = random.nextInt(10) < 9
                        ? csat(mean, nps, rollout.recoveredBy(person.number(), day), random)
                        : null;
                Integer ces = random.nextBoolean()
                        ? clamp((int) Math.round(nps * 0.55 + 1.2 + random.nextGaussian()), 1, 7)
                        : null;
                String comment = random.nextInt(10) < 3 ? comment(nps, random) : null;
                boolean named = random.nextInt(20) != 0;
                Instant at = day.atTime(9 + random.nextInt(10), random.nextInt(60))
                        .atZone(zone)
                        .toInstant();
                String customer = "cust-" + random.nextInt(6000);
                sequence++;
                // complaints and compliments as often as when responses came once a week: about one
                // interaction in three that a response is about is one a complaint could come from
                boolean aboutAComplaint = random.nextInt(3) == 0;
                if (aboutAComplaint && ((nps <= 4 && random.nextInt(10) < 4) || random.nextInt(100) == 0)) {
                    others.add(
                            complaint(sequence, customer, at, touchpoint, person.number(), quality, context, random));
                }
                if (nps >= 9 && random.nextInt(100) < 4) {
                    others.add(new ComplimentRecord(
                            "K-" + sequence,
                            customer,
                            at.plusSeconds(3600),
                            touchpoint,
                            List.of(person.number()),
                            PRAISE[random.nextInt(PRAISE.length)]));
                }
                for (var standard : standardsAt.getOrDefault(touchpoint, List.of())) {
                    // one interaction in four is measured against each standard: as many measurements as
                    // before the responses came every two or three days, which costs the first start time
                    if (random.nextInt(4) != 0) {
                        continue;
                    }
                    BigDecimal value = measured(standard.code(), quality + season, random);
                    others.add(new ServiceEventRecord(
                            "E-" + sequence + "-" + standard.code(),
                            at.minusSeconds(1800),
                            touchpoint,
                            List.of(person.number()),
                            standard.code(),
                            value,
                            standard.metBy(value)));
                }
                records.add(new FeedbackRecord(
                        "S-" + sequence,
                        customer,
                        at,
                        named ? touchpoint : "WEB",
                        named ? List.of(person.number()) : List.of(),
                        random.nextInt(10) < 8 ? nps : null,
                        csat,
                        ces,
                        comment,
                        nps >= 9 && random.nextInt(20) == 0 ? List.of("referral") : List.of()));
            }
        }
        FeedbackBatch batch = new FeedbackBatch(SOURCE, "demo", records.size() + others.size());
        em.persist(batch);
        em.flush();
        var outcome = store.write(SOURCE, batch.getId(), records, touchpoints, zone);
        var written = events.write(SOURCE, batch.getId(), others, touchpoints, standardIds, zone);
        Instant now = Instant.now();
        followUps.openSince(
                outcome.unhappy(),
                written.newComplaints(),
                now,
                first.atStartOfDay(zone).toInstant());
        closeOldFollowUps(now.minus(Duration.ofDays(10)));
        stages.recompute(now);
        batch.complete(
                new FeedbackBatch.Counts(
                        records.size() + others.size(),
                        outcome.accepted() + written.accepted(),
                        0,
                        0,
                        outcome.unattributed() + written.unattributed(),
                        0),
                0);
    }

    /**
     * A CSAT answer: satisfied (4 or 5) with a chance that rises with the service's quality that
     * day, {@value DemoTrainingRollout#CSAT_LIFT_POINTS} points more once the person passed service
     * recovery (exactly: the chance is capped below 0.93 before the lift is added); the very
     * unhappy (NPS 0 to 4) answer 1 or 2, the rest 3.
     */
    private static int csat(double mean, int nps, boolean recovered, Random random) {
        double chance = Math.max(0.05, Math.min(0.92, 0.1 + 0.08 * mean))
                + (recovered ? DemoTrainingRollout.CSAT_LIFT_POINTS / 100.0 : 0);
        if (random.nextDouble() < chance) {
            return nps >= 9 ? 5 : 4;
        }
        return nps <= 4 ? 1 + random.nextInt(2) : 3;
    }

    /** A complaint about this person's service: handled faster and fixed on first contact more often in better teams. */
    private static ComplaintRecord complaint(
            int sequence,
            String customer,
            Instant at,
            String touchpoint,
            String owner,
            double quality,
            DemoContext context,
            Random random) {
        String[] categories = CATEGORIES.get(touchpoint);
        boolean firstContact = random.nextDouble() < 0.4 + 0.1 * quality;
        double hours = firstContact
                ? 0.2 + random.nextDouble() * 1.5
                : 2 - Math.log(1 - random.nextDouble()) * Math.max(6, 30 - 10 * quality);
        Instant resolved = at.plusSeconds((long) (hours * 3600));
        boolean resolvedYet =
                resolved.isBefore(context.today().atStartOfDay(ZoneOffset.UTC).toInstant()) && random.nextInt(10) != 0;
        int root = random.nextInt(10);
        return new ComplaintRecord(
                "C-" + sequence,
                customer,
                at.plusSeconds(600),
                touchpoint,
                List.of(owner),
                categories[random.nextInt(categories.length)],
                ComplaintRecord.Severity.values()[Math.min(3, random.nextInt(6) / 2)],
                at.plusSeconds(600 + (long) (Math.min(hours, 4) * 1800)),
                resolvedYet || firstContact ? resolved.plusSeconds(600) : null,
                resolvedYet || firstContact ? firstContact : null,
                root < 3 ? Boolean.TRUE : root < 5 ? Boolean.FALSE : null,
                root < 3 ? "Changed the process so that it cannot happen the same way again." : null);
    }

    /** A measurement of a standard, worse in weaker teams and in the December rush. */
    private static BigDecimal measured(String standard, double quality, Random random) {
        double miss = Math.max(0.02, 0.18 - 0.08 * quality);
        double value =
                switch (standard) {
                    case "PHONE_ANSWER_20S" -> random.nextDouble() < miss
                            ? 0.4 + random.nextDouble() * 3
                            : 0.05 + random.nextDouble() * 0.28;
                    case "CALLBACK_30M" -> random.nextDouble() < miss
                            ? 31 + random.nextInt(180)
                            : 3 + random.nextInt(27);
                    case "FIRST_VISIT_FIX" -> random.nextDouble() < miss ? 2 + random.nextInt(2) : 1;
                    case "CHAT_ANSWER_2M" -> random.nextDouble() < miss
                            ? 2.1 + random.nextDouble() * 10
                            : 0.2 + random.nextDouble() * 1.8;
                    case "EMAIL_ANSWER_24H" -> random.nextDouble() < miss
                            ? 25 + random.nextInt(48)
                            : 1 + random.nextInt(23);
                    default -> random.nextDouble() < miss ? 5 + random.nextInt(90) : 0; // minutes late
                };
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Team leads closed every follow-up of responses and complaints older than {@code before} with a
     * final outcome (about two in three recovered), a day after the customer's response or complaint;
     * the more recent ones wait in the queues. One statement for all of them.
     */
    private void closeOldFollowUps(Instant before) {
        String occurred = "(SELECT COALESCE(f.occurred_at, c.occurred_at) FROM follow_up x"
                + " LEFT JOIN feedback f ON f.id = x.feedback_id LEFT JOIN complaint c ON c.id = x.complaint_id"
                + " WHERE x.id = follow_up.id)";
        StringBuilder action =
                new StringBuilder("CASE MOD(id, ").append(ACTIONS.length).append(")");
        for (int i = 0; i < ACTIONS.length; i++) {
            action.append(" WHEN ")
                    .append(i)
                    .append(" THEN '")
                    .append(ACTIONS[i].replace("'", "''"))
                    .append("'");
        }
        action.append(" END");
        em.createNativeQuery("UPDATE follow_up SET status = 'DONE', version = version + 1, updated_at = ?1,"
                        + " recovery = CASE WHEN MOD(id * 7919, 100) < 65 THEN 'RECOVERED' ELSE 'NOT_RECOVERED' END,"
                        + " contacted_at = " + occurred + " + INTERVAL '1' DAY, action_taken = " + action
                        + ", closed_by = 'demo' WHERE status = 'OPEN' AND " + occurred + " < ?2")
                .setParameter(1, Timestamp.from(Instant.now()))
                .setParameter(2, Timestamp.from(before))
                .executeUpdate();
    }

    private static String touchpointOf(String unitCode) {
        if (unitCode.startsWith("RET")) {
            return "STORE";
        }
        if (unitCode.equals("CC-CHAT")) {
            return "CHAT";
        }
        if (unitCode.equals("CC-EMAIL")) {
            return "EMAIL";
        }
        if (unitCode.startsWith("CC")) {
            return "PHONE";
        }
        if (unitCode.startsWith("FS")) {
            return "FIELD_SERVICE";
        }
        if (unitCode.startsWith("DL")) {
            return "DELIVERY";
        }
        return "WEB";
    }

    private static String comment(int nps, Random random) {
        String[] pool = nps >= 9 ? PRAISE : nps >= 7 ? NEUTRAL : COMPLAINT;
        return pool[random.nextInt(pool.length)];
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
