package com.cxcentric.outcomes.control;

import com.cxcentric.demo.DemoCompany;
import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.outcomes.entity.FeedbackBatch;
import com.cxcentric.outcomes.entity.FeedbackRecord;
import com.cxcentric.outcomes.entity.Touchpoint;
import com.cxcentric.platform.control.BusinessDay;
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

/**
 * Twelve months of customer feedback for the demo company, written through the same store as real
 * batches (so the rollups are the real ones). Everyone who serves customers gets a few responses a
 * month at their team's touchpoint; teams differ in quality, December deliveries suffer, the contact
 * centre improves through the year, and about one response in twenty names nobody.
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
        int sequence = 0;
        for (DemoCompany.Person person : context.company().people()) {
            if (person.contactLevel() != ContactLevel.FRONT_LINE
                    && person.contactLevel() != ContactLevel.CUSTOMER_SUPPORT) {
                continue;
            }
            String touchpoint = touchpointOf(person.unitCode());
            double quality = teamQuality.getOrDefault(person.unitCode(), 0.0) + random.nextGaussian() * 0.5;
            LocalDate start = person.hireDate().isAfter(first) ? person.hireDate() : first;
            for (LocalDate day = start; day.isBefore(context.today()); day = day.plusDays(1 + random.nextInt(9))) {
                double season = touchpoint.equals("DELIVERY") && day.getMonthValue() == 12 ? -1.8 : 0.0;
                double trend = person.unitCode().startsWith("CC")
                        ? 1.4 * (day.toEpochDay() - first.toEpochDay()) / 365.0 - 0.7
                        : 0.0;
                double mean = 8.0 + quality + season + trend;
                int nps = clamp((int) Math.round(mean + random.nextGaussian() * 2.1), 0, 10);
                Integer csat = random.nextInt(10) < 7
                        ? clamp((int) Math.round(nps / 2.2 + 0.6 + random.nextGaussian() * 0.6), 1, 5)
                        : null;
                Integer ces = random.nextBoolean()
                        ? clamp((int) Math.round(nps * 0.55 + 1.2 + random.nextGaussian()), 1, 7)
                        : null;
                String comment = random.nextInt(10) < 3 ? comment(nps, random) : null;
                boolean named = random.nextInt(20) != 0;
                records.add(new FeedbackRecord(
                        "S-" + (++sequence),
                        "cust-" + random.nextInt(6000),
                        day.atTime(9 + random.nextInt(10), random.nextInt(60))
                                .atZone(zone)
                                .toInstant(),
                        named ? touchpoint : "WEB",
                        named ? List.of(person.number()) : List.of(),
                        random.nextInt(10) < 8 ? nps : null,
                        csat,
                        ces,
                        comment,
                        List.of()));
            }
        }
        FeedbackBatch batch = new FeedbackBatch(SOURCE, "demo", records.size());
        em.persist(batch);
        em.flush();
        var outcome = store.write(SOURCE, batch.getId(), records, touchpoints, zone);
        // The last two weeks' unhappy customers wait for their team leads; the older ones escalated.
        followUps.openFor(outcome.unhappy(), java.time.Instant.now());
        followUps.escalateOverdue(java.time.Instant.now());
        batch.complete(
                new FeedbackBatch.Counts(records.size(), outcome.accepted(), 0, 0, outcome.unattributed(), 0), 0);
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
