package com.cxcentric.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.testsupport.InContainerTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The feedback ledger (rollups equal the raw records, groups, follow-ups, complaints, the customer lifecycle), in the container against the real database. Run by {@code platform.InContainerIT}, which deploys once for every area. */
public interface OutcomesInContainerTests extends InContainerTest {

    private com.cxcentric.outcomes.control.CustomerStages customerStages() {
        return bean(com.cxcentric.outcomes.control.CustomerStages.class);
    }

    private com.cxcentric.outcomes.control.FeedbackStore feedbackStore() {
        return bean(com.cxcentric.outcomes.control.FeedbackStore.class);
    }

    private com.cxcentric.outcomes.control.FollowUpStore followUpStore() {
        return bean(com.cxcentric.outcomes.control.FollowUpStore.class);
    }

    private com.cxcentric.outcomes.control.LedgerEventStore ledgerEvents() {
        return bean(com.cxcentric.outcomes.control.LedgerEventStore.class);
    }

    private com.cxcentric.outcomes.control.OutcomeQueries outcomeQueries() {
        return bean(com.cxcentric.outcomes.control.OutcomeQueries.class);
    }

    /** A touchpoint of a test's own, persisted (inside the test's transaction). */
    private com.cxcentric.outcomes.entity.Touchpoint testTouchpoint(
            String code, com.cxcentric.outcomes.entity.Channel channel, int position) {
        var touchpoint = new com.cxcentric.outcomes.entity.Touchpoint(code, "Test touchpoint", channel, position);
        em().persist(touchpoint);
        return touchpoint;
    }

    /** A feedback batch to write records under, persisted and flushed (inside the test's transaction). */
    private com.cxcentric.outcomes.entity.FeedbackBatch testBatch(String source, int records) {
        var batch = new com.cxcentric.outcomes.entity.FeedbackBatch(source, "it", records);
        em().persist(batch);
        em().flush();
        return batch;
    }

    private static com.cxcentric.outcomes.entity.FeedbackRecord feedbackRecord(
            java.util.Random random, String id, String touchpoint, List<String> people) {
        return new com.cxcentric.outcomes.entity.FeedbackRecord(
                id,
                "c-" + random.nextInt(500),
                Instant.parse("2026-01-01T00:00:00Z")
                        .plusSeconds(random.nextInt(300) * 86_400L + random.nextInt(86_400)),
                touchpoint,
                people,
                random.nextInt(5) == 0 ? null : random.nextInt(11),
                random.nextInt(3) == 0 ? null : 1 + random.nextInt(5),
                random.nextInt(2) == 0 ? null : 1 + random.nextInt(7),
                random.nextInt(4) == 0 ? "comment " + id : null,
                List.of());
    }

    /** Raw counts per (day, touchpoint, attribution) straight from the feedback rows of one touchpoint. */
    private Map<String, com.cxcentric.outcomes.entity.ScoreCounts> rawCounts(long touchpointId) {
        Map<String, com.cxcentric.outcomes.entity.ScoreCounts> raw = new java.util.TreeMap<>();
        for (Object row : em().createNativeQuery("SELECT occurred_on, attribution_id, nps, csat, ces FROM feedback"
                        + " WHERE touchpoint_id = ?1")
                .setParameter(1, touchpointId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            raw.merge(
                    r[0] + "/" + r[1],
                    com.cxcentric.outcomes.entity.ScoreCounts.of(integer(r[2]), integer(r[3]), integer(r[4])),
                    com.cxcentric.outcomes.entity.ScoreCounts::plus);
        }
        raw.values().removeIf(com.cxcentric.outcomes.entity.ScoreCounts::isEmpty); // comment-only responses
        return raw;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private Map<String, com.cxcentric.outcomes.entity.ScoreCounts> rollupCounts(long touchpointId) {
        Map<String, com.cxcentric.outcomes.entity.ScoreCounts> rollups = new java.util.TreeMap<>();
        for (Object row : em().createNativeQuery(
                        "SELECT occurred_on, attribution_id, responses, nps_responses, promoters,"
                                + " passives, detractors, csat_responses, csat_satisfied, csat_sum, ces_responses, ces_easy,"
                                + " ces_sum FROM feedback_rollup WHERE touchpoint_id = ?1")
                .setParameter(1, touchpointId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            long[] v = new long[11];
            for (int i = 0; i < 11; i++) {
                v[i] = ((Number) r[i + 2]).longValue();
            }
            var counts = new com.cxcentric.outcomes.entity.ScoreCounts(
                    v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
            if (!counts.isEmpty()) {
                rollups.put(r[0] + "/" + r[1], counts);
            }
        }
        return rollups;
    }

    @Test
    default void theSurveyTalliesOfTeamsInOnePassEqualThoseReadOneMetricAndPeriodAtATime() throws Exception {
        var tallies = bean(com.cxcentric.outcomes.control.PersonTallies.class);
        List<Long> units =
                em().createQuery("SELECT u.id FROM OrgUnit u", Long.class).getResultList();
        LocalDate today = LocalDate.now();
        var periods = List.of(
                new com.cxcentric.outcomes.control.PersonTallies.Period(today.minusDays(200), today.minusDays(100)),
                new com.cxcentric.outcomes.control.PersonTallies.Period(today.minusDays(89), today));

        var together = inTransaction(() -> tallies.surveyTalliesPerTeam(units, periods));

        assertTrue(!together.isEmpty(), "the demo company has responses");
        for (int p = 0; p < periods.size(); p++) {
            for (var metric : com.cxcentric.outcomes.control.PersonTallies.SURVEY_METRICS) {
                var period = periods.get(p);
                var alone = inTransaction(() -> tallies.perTeam(
                        metric,
                        period.from(),
                        period.to(),
                        units,
                        com.cxcentric.outcomes.control.PersonTallies.Filters.NONE));
                for (var entry : alone.entrySet()) {
                    assertEquals(
                            entry.getValue(),
                            together.get(entry.getKey()).get(p).get(metric),
                            metric + " of unit " + entry.getKey() + " in period " + p);
                }
            }
        }
    }

    @Test
    default void rollupsEqualARecomputationFromTheRawRecordsAfterUpdatesDuplicatesAndLateRecords() throws Exception {
        var random = new java.util.Random(5);
        String code = unique("TP").toUpperCase(java.util.Locale.ROOT);
        List<String> people = em().createQuery(
                        "SELECT e.employeeNumber FROM Employee e ORDER BY e.employeeNumber", String.class)
                .setMaxResults(30)
                .getResultList();
        tx().begin();
        try {
            var touchpoint = new com.cxcentric.outcomes.entity.Touchpoint(
                    code, "Test touchpoint", com.cxcentric.outcomes.entity.Channel.WEB, 99);
            em().persist(touchpoint);
            em().flush();
            Map<String, Long> touchpoints = Map.of(code, touchpoint.getId());
            List<com.cxcentric.outcomes.entity.FeedbackRecord> sent = new java.util.ArrayList<>();
            for (int batch = 0; batch < 4; batch++) {
                var batchRecord = new com.cxcentric.outcomes.entity.FeedbackBatch("it-rollup", "it", 0);
                em().persist(batchRecord);
                em().flush();
                List<com.cxcentric.outcomes.entity.FeedbackRecord> records = new java.util.ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    // ids repeat across batches: later batches update, repeat or add records, on any day
                    String id = code + "-" + random.nextInt(900);
                    if (records.stream().anyMatch(r -> r.externalId().equals(id))) {
                        continue;
                    }
                    var previous =
                            sent.stream().filter(r -> r.externalId().equals(id)).reduce((a, b) -> b);
                    records.add(
                            previous.isPresent() && random.nextBoolean()
                                    ? previous.get()
                                    : feedbackRecord(
                                            random,
                                            id,
                                            code,
                                            random.nextInt(6) == 0
                                                    ? List.of()
                                                    : List.of(
                                                            people.get(random.nextInt(people.size())),
                                                            random.nextInt(4) == 0
                                                                    ? "NOBODY-" + random.nextInt(3)
                                                                    : people.get(random.nextInt(people.size())))));
                }
                var outcome = feedbackStore()
                        .write(
                                "it-rollup",
                                batchRecord.getId(),
                                records,
                                touchpoints,
                                java.time.ZoneId.of("Asia/Jakarta"));
                sent.addAll(records);
                assertEquals(records.size(), outcome.accepted() + outcome.updated() + outcome.duplicates());
            }

            var raw = rawCounts(touchpoint.getId());
            var rollups = rollupCounts(touchpoint.getId());
            var differing = new java.util.TreeSet<>(raw.keySet());
            differing.addAll(rollups.keySet());
            differing.removeIf(k -> java.util.Objects.equals(raw.get(k), rollups.get(k)));
            assertTrue(raw.size() > 500, "generated enough rollup rows: " + raw.size());
            assertEquals(java.util.Set.of(), differing, () -> differing.stream()
                    .limit(3)
                    .map(k -> k + " raw " + raw.get(k) + " rollup " + rollups.get(k))
                    .toList()
                    .toString());

            var all = outcomeQueries()
                    .counts(new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                            LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 31), Set.of(code), null, null, null));
            assertEquals(
                    raw.values().stream()
                            .reduce(
                                    com.cxcentric.outcomes.entity.ScoreCounts.NONE,
                                    com.cxcentric.outcomes.entity.ScoreCounts::plus),
                    all);
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void aGroupCountsAResponseOnceHoweverManyOfItsMembersItNames() throws Exception {
        String code = unique("TQ").toUpperCase(java.util.Locale.ROOT);
        List<String> voiceTeam = em().createQuery(
                        "SELECT e.employeeNumber FROM Employee e WHERE e.orgUnit.code = 'CC-VOICE-A' ORDER BY e.employeeNumber",
                        String.class)
                .setMaxResults(3)
                .getResultList();
        String storeClerk = em().createQuery(
                        "SELECT e.employeeNumber FROM Employee e WHERE e.orgUnit.code = 'RET-BDG' ORDER BY e.employeeNumber",
                        String.class)
                .setMaxResults(1)
                .getSingleResult();
        tx().begin();
        try {
            var touchpoint = testTouchpoint(code, com.cxcentric.outcomes.entity.Channel.PHONE, 98);
            var batch = testBatch("it-groups", 3);
            Instant when = Instant.parse("2026-06-10T03:00:00Z");
            feedbackStore()
                    .write(
                            "it-groups",
                            batch.getId(),
                            List.of(
                                    new com.cxcentric.outcomes.entity.FeedbackRecord(
                                            code + "-1",
                                            null,
                                            when,
                                            code,
                                            List.of(voiceTeam.get(0), voiceTeam.get(1)),
                                            10,
                                            null,
                                            null,
                                            null,
                                            List.of()),
                                    new com.cxcentric.outcomes.entity.FeedbackRecord(
                                            code + "-2",
                                            null,
                                            when,
                                            code,
                                            List.of(voiceTeam.get(2), storeClerk),
                                            0,
                                            null,
                                            null,
                                            null,
                                            List.of()),
                                    new com.cxcentric.outcomes.entity.FeedbackRecord(
                                            code + "-3", null, when, code, List.of(), 8, null, null, null, List.of())),
                            Map.of(code, touchpoint.getId()),
                            java.time.ZoneId.of("Asia/Jakarta"));
            var june = new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                    LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), Set.of(code), null, null, null);
            long firstAgent = employee(voiceTeam.get(0)).getId();

            var company = outcomeQueries().counts(june);
            var contactCentre = outcomeQueries()
                    .counts(new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                            june.from(), june.to(), june.touchpoints(), "CC", null, null));
            var retail = outcomeQueries()
                    .counts(new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                            june.from(), june.to(), june.touchpoints(), "RET", null, null));
            var agent = outcomeQueries()
                    .counts(new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                            june.from(), june.to(), june.touchpoints(), null, null, firstAgent));

            assertEquals(3, company.npsResponses(), "everything, the unattributed response included");
            assertEquals(2, contactCentre.npsResponses(), "the first response names two agents and counts once");
            assertEquals(1, contactCentre.promoters());
            assertEquals(1, contactCentre.detractors());
            assertEquals(1, retail.npsResponses());
            assertEquals(1, retail.detractors());
            assertEquals(1, agent.npsResponses());
            assertEquals(1, agent.promoters());
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void aDetractorOpensAFollowUpForTheTeamLeadThatEscalatesOnceWhenOverdue() throws Exception {
        String code = unique("TF").toUpperCase(java.util.Locale.ROOT);
        var agent = em().createQuery(
                        "SELECT e FROM Employee e WHERE e.orgUnit.code = 'CC-VOICE-A' AND e.contactLevel ="
                                + " com.cxcentric.organization.entity.ContactLevel.CUSTOMER_SUPPORT ORDER BY e.employeeNumber",
                        Employee.class)
                .setMaxResults(1)
                .getSingleResult();
        OrgUnit team = agent.getOrgUnit();
        Instant now = Instant.now();
        tx().begin();
        try {
            var touchpoint = testTouchpoint(code, com.cxcentric.outcomes.entity.Channel.PHONE, 97);
            var batch = testBatch("it-follow-up", 3);
            var written = feedbackStore()
                    .write(
                            "it-follow-up",
                            batch.getId(),
                            List.of(
                                    new com.cxcentric.outcomes.entity.FeedbackRecord(
                                            code + "-1",
                                            "c-1",
                                            now.minusSeconds(3600),
                                            code,
                                            List.of(agent.getEmployeeNumber()),
                                            3,
                                            null,
                                            null,
                                            "Nobody called back",
                                            List.of()),
                                    new com.cxcentric.outcomes.entity.FeedbackRecord(
                                            code + "-2",
                                            "c-2",
                                            now.minusSeconds(3600),
                                            code,
                                            List.of(agent.getEmployeeNumber()),
                                            9,
                                            5,
                                            null,
                                            null,
                                            List.of()),
                                    new com.cxcentric.outcomes.entity.FeedbackRecord(
                                            code + "-3",
                                            "c-3",
                                            now.minus(java.time.Duration.ofDays(60)),
                                            code,
                                            List.of(agent.getEmployeeNumber()),
                                            0,
                                            null,
                                            null,
                                            "Long ago",
                                            List.of())),
                            Map.of(code, touchpoint.getId()),
                            java.time.ZoneId.of("Asia/Jakarta"));

            int opened = followUpStore().openFor(written.unhappy(), now);
            int openedAgain = followUpStore().openFor(written.unhappy(), now);
            List<?> followUps = em().createNativeQuery(
                            "SELECT fu.id FROM follow_up fu JOIN feedback f ON f.id = fu.feedback_id WHERE f.batch_id = ?1")
                    .setParameter(1, batch.getId())
                    .getResultList();
            int early = followUpStore().escalateOverdue(now.plus(java.time.Duration.ofHours(47)));
            int due = followUpStore().escalateOverdue(now.plus(java.time.Duration.ofHours(49)));
            int again = followUpStore().escalateOverdue(now.plus(java.time.Duration.ofHours(50)));
            em().clear();
            var followUp =
                    em().find(com.cxcentric.outcomes.entity.FollowUp.class, ((Number) followUps.get(0)).longValue());

            assertEquals(1, opened, "the recent detractor only: not the promoter, not the response of two months ago");
            assertEquals(0, openedAgain);
            assertEquals(1, followUps.size());
            assertEquals(team.getLead().getId(), followUp.getOwner().getId());
            assertEquals(com.cxcentric.outcomes.entity.FollowUp.Reason.DETRACTOR, followUp.getReason());
            assertEquals(0, early);
            assertTrue(due >= 1);
            assertEquals(0, again, "escalated once");
            assertEquals(
                    team.getParent().getLead().getId(),
                    followUp.getEscalatedTo().getId());

            followUp.record(
                    now,
                    "Called, apologised, sent a technician",
                    com.cxcentric.outcomes.entity.Recovery.RECOVERED,
                    "it");
            em().flush();
            var counts = outcomeQueries()
                    .followUps(
                            new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                                    LocalDate.now().minusDays(70),
                                    LocalDate.now().plusDays(1),
                                    Set.of(code),
                                    null,
                                    null,
                                    null),
                            now);
            assertEquals(1, counts.recovered());
            assertEquals(1, counts.knownOutcome());
            assertEquals(0, counts.open());
        } finally {
            tx().rollback();
        }
    }

    @Test
    default void aComplaintOpensAFollowUpWhoseOutcomeIsTheComplaintRecoveryRate() throws Exception {
        String code = unique("TC").toUpperCase(java.util.Locale.ROOT);
        var agent = em().createQuery(
                        "SELECT e FROM Employee e WHERE e.orgUnit.code = 'CC-VOICE-A' AND e.contactLevel ="
                                + " com.cxcentric.organization.entity.ContactLevel.CUSTOMER_SUPPORT ORDER BY e.employeeNumber",
                        Employee.class)
                .setMaxResults(1)
                .getSingleResult();
        Instant now = Instant.now();
        tx().begin();
        try {
            var touchpoint = testTouchpoint(code, com.cxcentric.outcomes.entity.Channel.PHONE, 96);
            var batch = testBatch("it-complaint", 1);
            var complaint = new com.cxcentric.outcomes.entity.ComplaintRecord(
                    code + "-1",
                    "c-1",
                    now.minusSeconds(7200),
                    code,
                    List.of(agent.getEmployeeNumber()),
                    "No call-back",
                    com.cxcentric.outcomes.entity.ComplaintRecord.Severity.MEDIUM,
                    null,
                    null,
                    null,
                    null,
                    null);
            var written = ledgerEvents()
                    .write(
                            "it-complaint",
                            batch.getId(),
                            List.of(complaint),
                            Map.of(code, touchpoint.getId()),
                            Map.of(),
                            java.time.ZoneId.of("Asia/Jakarta"));
            int opened = followUpStore().openForComplaints(written.newComplaints(), now);
            var followUp = em().createQuery(
                            "SELECT f FROM FollowUp f WHERE f.complaintId = :id",
                            com.cxcentric.outcomes.entity.FollowUp.class)
                    .setParameter("id", written.newComplaints().get(0))
                    .getSingleResult();
            followUp.record(now, "Called back, apologised", com.cxcentric.outcomes.entity.Recovery.RECOVERED, "it");
            em().flush();
            var scope = new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                    LocalDate.now().minusDays(2), LocalDate.now().plusDays(1), Set.of(code), null, null, null);
            var counts = outcomeQueries().complaints(scope);

            assertEquals(1, written.accepted());
            assertEquals(1, opened);
            assertEquals(com.cxcentric.outcomes.entity.FollowUp.Reason.COMPLAINT, followUp.getReason());
            assertEquals(
                    agent.getOrgUnit().getLead().getId(), followUp.getOwner().getId());
            assertEquals(1, counts.complaints());
            assertEquals(1, counts.recovered());
            assertEquals(1, counts.recoveryKnown());
            assertEquals(List.of(), counts.resolutionHours(), "not resolved yet");
            assertEquals(0, outcomeQueries().followUps(scope, now).knownOutcome(), "not a response's follow-up");
        } finally {
            tx().rollback();
        }
    }

    private static com.cxcentric.outcomes.entity.FeedbackRecord npsAnswer(
            String id, String customer, Instant at, String touchpoint, String employee, int nps, List<String> tags) {
        return new com.cxcentric.outcomes.entity.FeedbackRecord(
                id, customer, at, touchpoint, List.of(employee), nps, null, null, null, tags);
    }

    @Test
    default void eachCustomerGetsTheFirstLifecycleStageWhoseRuleHolds() throws Exception {
        String code = unique("TL").toUpperCase(java.util.Locale.ROOT);
        String employee = em().createQuery(
                        "SELECT e.employeeNumber FROM Employee e ORDER BY e.employeeNumber", String.class)
                .setMaxResults(1)
                .getSingleResult();
        Instant now = Instant.now();
        Instant earlier = now.minus(java.time.Duration.ofDays(20));
        Instant later = now.minus(java.time.Duration.ofDays(3));
        tx().begin();
        try {
            var touchpoint = testTouchpoint(code, com.cxcentric.outcomes.entity.Channel.STORE, 95);
            var batch = testBatch("it-lifecycle", 10);
            String c = code + "-";
            feedbackStore()
                    .write(
                            "it-lifecycle",
                            batch.getId(),
                            List.of(
                                    npsAnswer(c + "1", c + "detractor", later, code, employee, 3, List.of()),
                                    npsAnswer(c + "2", c + "loyal", earlier, code, employee, 9, List.of()),
                                    npsAnswer(c + "3", c + "loyal", later, code, employee, 10, List.of()),
                                    npsAnswer(c + "4", c + "complimenting", later, code, employee, 10, List.of()),
                                    npsAnswer(c + "5", c + "passive", later, code, employee, 8, List.of()),
                                    npsAnswer(c + "6", c + "complaining", earlier, code, employee, 9, List.of()),
                                    npsAnswer(c + "7", c + "complaining", later, code, employee, 10, List.of()),
                                    npsAnswer(c + "8", c + "won-back", earlier, code, employee, 2, List.of()),
                                    npsAnswer(c + "9", c + "won-back", later, code, employee, 9, List.of()),
                                    npsAnswer(
                                            c + "10", c + "referrer", later, code, employee, 10, List.of("referral"))),
                            Map.of(code, touchpoint.getId()),
                            java.time.ZoneId.of("Asia/Jakarta"));
            ledgerEvents()
                    .write(
                            "it-lifecycle",
                            batch.getId(),
                            List.of(
                                    new com.cxcentric.outcomes.entity.ComplimentRecord(
                                            c + "K", c + "complimenting", later, code, List.of(employee), "Thank you"),
                                    new com.cxcentric.outcomes.entity.ComplaintRecord(
                                            c + "C",
                                            c + "complaining",
                                            later,
                                            code,
                                            List.of(employee),
                                            "Wrong price",
                                            com.cxcentric.outcomes.entity.ComplaintRecord.Severity.LOW,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null)),
                            Map.of(code, touchpoint.getId()),
                            Map.of(),
                            java.time.ZoneId.of("Asia/Jakarta"));

            customerStages().recompute(now);
            Map<String, String> stages = new java.util.TreeMap<>();
            for (Object row : em().createNativeQuery(
                            "SELECT customer_ref, stage FROM customer_stage WHERE customer_ref LIKE ?1")
                    .setParameter(1, c + "%")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                stages.put(((String) r[0]).substring(c.length()), (String) r[1]);
            }
            var served = outcomeQueries()
                    .stagesServed(new com.cxcentric.outcomes.control.OutcomeQueries.Scope(
                            LocalDate.now().minusDays(30),
                            LocalDate.now().plusDays(1),
                            Set.of(code),
                            null,
                            null,
                            null));

            assertEquals(
                    Map.of(
                            "detractor", "AT_RISK",
                            "loyal", "LOYAL",
                            "complimenting", "ADVOCATE",
                            "passive", "SATISFIED",
                            "complaining", "AT_RISK",
                            "won-back", "SATISFIED",
                            "referrer", "ADVOCATE"),
                    stages);
            assertEquals(2L, served.get(com.cxcentric.outcomes.entity.LifecycleStage.AT_RISK));
            assertEquals(1L, served.get(com.cxcentric.outcomes.entity.LifecycleStage.LOYAL));
            assertEquals(2L, served.get(com.cxcentric.outcomes.entity.LifecycleStage.ADVOCATE));
            assertEquals(2L, served.get(com.cxcentric.outcomes.entity.LifecycleStage.SATISFIED));
        } finally {
            tx().rollback();
        }
    }
}
