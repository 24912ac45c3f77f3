package com.cxcentric.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxcentric.organization.entity.ContactLevel;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.organization.entity.OrgUnitType;
import com.cxcentric.outcomes.control.FeedbackStore;
import com.cxcentric.outcomes.entity.FeedbackBatch;
import com.cxcentric.outcomes.entity.FeedbackRecord;
import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.rewards.boundary.PointsAccounts;
import com.cxcentric.rewards.control.BadgeBook;
import com.cxcentric.rewards.control.RewardShop;
import com.cxcentric.rewards.control.SchemeBook;
import com.cxcentric.rewards.control.SchemeEvaluation;
import com.cxcentric.rewards.control.SchemeEvaluation.Evaluated;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.Badge;
import com.cxcentric.rewards.entity.BadgeDefinition;
import com.cxcentric.rewards.entity.BadgeRule;
import com.cxcentric.rewards.entity.ItemDefinition;
import com.cxcentric.rewards.entity.Judging;
import com.cxcentric.rewards.entity.PeriodKind;
import com.cxcentric.rewards.entity.RewardItem;
import com.cxcentric.rewards.entity.RewardScheme;
import com.cxcentric.rewards.entity.SchemeDefinition;
import com.cxcentric.rewards.entity.SchemeJudge.Decision;
import com.cxcentric.rewards.entity.SchemeJudge.Judgement;
import com.cxcentric.rewards.entity.SchemeJudge.Verdict;
import com.cxcentric.rewards.entity.SchemePeriod;
import com.cxcentric.rewards.entity.SchemeRule;
import com.cxcentric.testsupport.InContainerTest;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;

/**
 * Reward schemes evaluated in the container over outcomes written through the ledger: the
 * figures equal a hand computation, records are left out by rule, and a period is granted once
 * however often and however concurrently it is evaluated. Each test makes a team of its own and
 * uses a month of its own in 2025, so the demo company's outcomes do not reach it.
 */
public interface RewardSchemesInContainerTests extends InContainerTest {

    SchemePeriod MARCH = SchemePeriod.parse(PeriodKind.MONTH, "2025-03");

    /** A team of its own with people numbered {@code <team>-0..n-1}; returns the team's code. */
    private String team(int people) throws Exception {
        String code = unique("RS").toUpperCase(Locale.ROOT);
        inTransaction(() -> {
            var unit = new OrgUnit(code, "Scheme team " + code, OrgUnitType.TEAM, null);
            em().persist(unit);
            for (int i = 0; i < people; i++) {
                var person = new Employee(code + "-" + i, "Person", code + "-" + i, ContactLevel.FRONT_LINE);
                person.placeIn(unit);
                em().persist(person);
            }
            return null;
        });
        return code;
    }

    /** {@code satisfied} CSAT 5s and {@code unhappy} CSAT 2s naming one person, in March, each from a customer of its own. */
    private static List<FeedbackRecord> csat(String person, int satisfied, int unhappy) {
        List<FeedbackRecord> records = new ArrayList<>();
        for (int i = 0; i < satisfied + unhappy; i++) {
            records.add(response(person + "-r" + i, "c-" + person + "-" + i, person, i < satisfied ? 5 : 2, List.of()));
        }
        return records;
    }

    private static FeedbackRecord response(String id, String customer, String person, int csat, List<String> tags) {
        return new FeedbackRecord(
                id,
                customer,
                Instant.parse("2025-03-10T05:00:00Z").plusSeconds(id.hashCode() & 0xFFFF),
                "PHONE",
                List.of(person),
                null,
                csat,
                null,
                null,
                tags);
    }

    private void write(String source, List<FeedbackRecord> records) throws Exception {
        inTransaction(() -> {
            var batch = new FeedbackBatch(source, "it", records.size());
            em().persist(batch);
            em().flush();
            bean(FeedbackStore.class)
                    .write(source, batch.getId(), records, Map.of("PHONE", 2L), ZoneId.of("Asia/Jakarta"));
            return null;
        });
    }

    private static SchemeDefinition csatScheme(
            String code,
            String team,
            Judging judging,
            String target,
            int minSample,
            String k,
            boolean solicited,
            Integer perCustomer) {
        return new SchemeDefinition(
                code,
                "CSAT of team " + team,
                null,
                PersonMetric.CSAT_PERCENT,
                SchemeRule.THRESHOLD,
                judging,
                new BigDecimal(target),
                minSample,
                k == null ? null : new BigDecimal(k),
                50,
                PeriodKind.MONTH,
                "2025-01",
                team,
                null,
                solicited,
                perCustomer,
                true,
                List.of());
    }

    private RewardScheme saved(SchemeDefinition definition) throws Exception {
        return inTransaction(() -> {
            var scheme = new RewardScheme(definition.code());
            bean(SchemeBook.class).apply(scheme, definition);
            em().persist(scheme);
            return scheme;
        });
    }

    private Evaluated evaluate(RewardScheme scheme) throws Exception {
        return inTransaction(() -> bean(SchemeEvaluation.class)
                .evaluateOnce(scheme, MARCH, "it", LocalDate.of(2025, 4, 2), employee -> bean(PointsAccounts.class)
                        .open(AccountKind.RECEIVED, employee)));
    }

    private long count(String sql, Object... parameters) throws Exception {
        return inTransaction(() -> {
            var query = em().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    @Test
    default void evaluationEqualsTheHandComputationAndGrantsOnce() throws Exception {
        // A 10 of 10, B 14 of 20, C 3 of 3: the team 27 of 33 = 81.8 %. k = 20, target 80, minimum 5:
        // A: Z = 10 / 30, 1/3 · 100 + 2/3 · 81.818 = 87.9 → awarded; B: Z = 0.5, 75.9 → below;
        // C: 3 responses → too few.
        String team = team(3);
        List<FeedbackRecord> records = new ArrayList<>(csat(team + "-0", 10, 0));
        records.addAll(csat(team + "-1", 14, 6));
        records.addAll(csat(team + "-2", 3, 0));
        write(team, records);
        RewardScheme scheme = saved(csatScheme(team, team, Judging.CREDIBILITY, "80", 5, "20", false, null));

        Judgement judgement = inTransaction(() -> bean(SchemeEvaluation.class).judge(scheme, MARCH));
        Evaluated first = evaluate(scheme);
        Evaluated again = evaluate(scheme);

        assertEquals(3, judgement.verdicts().size());
        Verdict a = verdictOf(judgement, team + "-0");
        assertEquals(0, new BigDecimal("87.9").compareTo(a.judged()), "A's judged figure " + a.judged());
        assertEquals(0, new BigDecimal("0.33").compareTo(a.credibility()));
        assertEquals(0, new BigDecimal("81.8").compareTo(a.team()));
        assertEquals(Decision.AWARDED, a.decision());
        Verdict b = verdictOf(judgement, team + "-1");
        assertEquals(0, new BigDecimal("75.9").compareTo(b.judged()), "B's judged figure " + b.judged());
        assertEquals(Decision.BELOW_TARGET, b.decision());
        assertEquals(Decision.TOO_FEW, verdictOf(judgement, team + "-2").decision());
        assertFalse(first.before());
        assertEquals(1, first.awards());
        assertEquals(50, first.points());
        assertTrue(again.before(), "the second evaluation finds the first");
        assertEquals(1, count("SELECT COUNT(*) FROM reward_award WHERE scheme_id = ?", scheme.getId()));
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM points_transfer WHERE kind = 'GRANT' AND idempotency_key LIKE ?",
                        "award:" + scheme.getId() + ":%"));
        assertEquals(
                50,
                count(
                        "SELECT a.balance FROM points_account a JOIN employee e ON e.id = a.employee_id"
                                + " WHERE a.kind = 'RECEIVED' AND e.employee_number = ?",
                        team + "-0"));
    }

    @Test
    default void leavesOutSolicitedResponsesAndRepeatsOfOneCustomer() throws Exception {
        // Four 5s from customer X, a solicited 5 from Y, a 2 from Z: 5 of 6 = 83.3 % as they come;
        // without the solicited one and with at most two of X: 2 of 3 = 66.7 %.
        String team = team(1);
        String person = team + "-0";
        List<FeedbackRecord> records = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            records.add(response(person + "-x" + i, "X-" + team, person, 5, List.of()));
        }
        records.add(response(person + "-y", "Y-" + team, person, 5, List.of("solicited")));
        records.add(response(person + "-z", "Z-" + team, person, 2, List.of()));
        write(team, records);
        RewardScheme plain = saved(csatScheme(team + "P", team, Judging.LOWER_BOUND, "50", 1, null, false, null));
        RewardScheme filtered = saved(csatScheme(team + "F", team, Judging.LOWER_BOUND, "50", 1, null, true, 2));

        Verdict asTheyCome = inTransaction(() ->
                bean(SchemeEvaluation.class).judge(plain, MARCH).verdicts().get(0));
        Verdict byRule = inTransaction(() ->
                bean(SchemeEvaluation.class).judge(filtered, MARCH).verdicts().get(0));

        assertEquals(6, asTheyCome.sample());
        assertEquals(0, new BigDecimal("83.3").compareTo(asTheyCome.own()));
        assertEquals(3, byRule.sample());
        assertEquals(0, new BigDecimal("66.7").compareTo(byRule.own()));
    }

    @Test
    default void concurrentEvaluationsOfOnePeriodGrantItOnce() throws Exception {
        String team = team(4);
        List<FeedbackRecord> records = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            records.addAll(csat(team + "-" + i, 12, 0));
        }
        write(team, records);
        RewardScheme scheme = saved(csatScheme(team, team, Judging.LOWER_BOUND, "70", 10, null, false, null));
        List<Callable<Evaluated>> work = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            work.add(() -> evaluate(scheme));
        }

        ManagedExecutorService executor =
                (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        List<Evaluated> results = new ArrayList<>();
        for (Future<Evaluated> done : executor.invokeAll(work)) {
            results.add(done.get());
        }

        assertEquals(1, results.stream().filter(r -> !r.before()).count(), "one evaluation granted: " + results);
        assertTrue(results.stream().allMatch(r -> r.awards() == 4), "every answer names the same awards: " + results);
        assertEquals(4, count("SELECT COUNT(*) FROM reward_award WHERE scheme_id = ?", scheme.getId()));
        assertEquals(
                4,
                count(
                        "SELECT COUNT(*) FROM points_transfer WHERE kind = 'GRANT' AND idempotency_key LIKE ?",
                        "award:" + scheme.getId() + ":%"));
    }

    private Verdict verdictOf(Judgement judgement, String number) throws Exception {
        long id = inTransaction(() -> employee(number).getId());
        return judgement.verdicts().stream()
                .filter(v -> v.candidate().employeeId() == id)
                .findFirst()
                .orElseThrow();
    }

    String GRANTS_OF_BADGE = "SELECT COUNT(*) FROM badge_grant g JOIN badge b ON b.id = g.badge_id WHERE b.code = ?";

    /** A badge for being awarded by the scheme two periods running, created on the day; returns its code. */
    private String streakBadge(String scheme, String code, LocalDate day) throws Exception {
        inTransaction(() -> bean(BadgeBook.class)
                .save(
                        new BadgeDefinition(
                                code,
                                "Two periods running " + code,
                                "Awarded by the scheme two periods running",
                                Badge.ICONS.get(0),
                                Badge.COLOURS.get(0),
                                BadgeRule.SCHEME_STREAK,
                                null,
                                scheme,
                                2,
                                null,
                                true),
                        day));
        return code;
    }

    @Test
    default void aStreakBadgeFollowsTheSchemesAwardsPeriodsRunning() throws Exception {
        String team = team(2);
        List<FeedbackRecord> records = new ArrayList<>(csat(team + "-0", 3, 0));
        records.addAll(csat(team + "-1", 3, 0));
        for (int i = 0; i < 3; i++) {
            FeedbackRecord march = response(team + "-0-f" + i, "c-f-" + team + i, team + "-0", 5, List.of());
            records.add(new FeedbackRecord(
                    march.externalId(),
                    march.customerRef(),
                    Instant.parse("2025-02-12T05:00:00Z").plusSeconds(i),
                    march.touchpoint(),
                    march.employees(),
                    march.nps(),
                    march.csat(),
                    march.ces(),
                    march.comment(),
                    march.tags()));
        }
        write("streak", records);
        String code = unique("ST").toUpperCase(Locale.ROOT);
        RewardScheme scheme = saved(csatScheme(code, team, Judging.CREDIBILITY, "0", 1, "1", false, null));
        SchemePeriod february = SchemePeriod.parse(PeriodKind.MONTH, "2025-02");
        inTransaction(() -> bean(SchemeEvaluation.class)
                .evaluateOnce(scheme, february, "it", LocalDate.of(2025, 3, 2), employee -> bean(PointsAccounts.class)
                        .open(AccountKind.RECEIVED, employee)));
        String badge = streakBadge(code, code + "-B", LocalDate.of(2025, 3, 2));
        long afterFebruary = count(GRANTS_OF_BADGE, badge);
        evaluate(scheme);
        evaluate(scheme);
        long first = count(
                GRANTS_OF_BADGE + " AND g.employee_id = (SELECT id FROM employee WHERE employee_number = ?)",
                badge,
                team + "-0");
        long second = count(
                GRANTS_OF_BADGE + " AND g.employee_id = (SELECT id FROM employee WHERE employee_number = ?)",
                badge,
                team + "-1");
        String late = streakBadge(code, code + "-L", LocalDate.of(2025, 4, 5));
        long caughtUp = count(GRANTS_OF_BADGE, late);

        assertEquals(0, afterFebruary, "one period is no streak of two");
        assertEquals(1, first, "awarded in February and March: the badge, once however often March is evaluated");
        assertEquals(0, second, "awarded in March only");
        assertEquals(1, caughtUp, "a streak badge made later catches up on the periods granted");
    }

    @Test
    default void anAwardIsGivenAsTheAffordableRewardOfTheKindThePersonRanksHighest() throws Exception {
        String team = team(1);
        String person = team + "-0";
        write(team, csat(person, 10, 0));
        inTransaction(() -> {
            employee(person)
                    .rankMotivators(
                            List.of(Motivator.TIME_OFF, Motivator.PUBLIC_RECOGNITION, Motivator.GIFT_OR_EXPERIENCE));
            return null;
        });
        String dayOff = team + "-OFF";
        String shoutOut = team + "-SHOUT";
        String gift = team + "-GIFT";
        inTransaction(() -> {
            RewardShop shop = bean(RewardShop.class);
            shop.save(new ItemDefinition(dayOff, "A day off", null, Motivator.TIME_OFF, 80, null, null, 0, true));
            shop.save(new ItemDefinition(
                    shoutOut, "A shout-out", null, Motivator.PUBLIC_RECOGNITION, 40, 5, null, 0, true));
            shop.save(new ItemDefinition(
                    gift, "A small gift", null, Motivator.GIFT_OR_EXPERIENCE, 10, null, null, 0, true));
            return null;
        });
        SchemeDefinition plain = csatScheme(team, team, Judging.CREDIBILITY, "80", 5, "20", false, null);
        RewardScheme scheme = saved(new SchemeDefinition(
                plain.code(),
                plain.name(),
                plain.description(),
                plain.metric(),
                plain.rule(),
                plain.judging(),
                plain.target(),
                plain.minSample(),
                plain.k(),
                plain.points(),
                plain.periodKind(),
                plain.firstPeriod(),
                plain.unitCode(),
                plain.segmentId(),
                plain.excludeSolicited(),
                plain.maxPerCustomer(),
                plain.active(),
                List.of(Motivator.GIFT_OR_EXPERIENCE, Motivator.PUBLIC_RECOGNITION, Motivator.TIME_OFF)));

        List<RewardItem> ownCatalog = inTransaction(
                () -> em().createQuery("SELECT i FROM RewardItem i WHERE i.code IN :codes", RewardItem.class)
                        .setParameter("codes", List.of(dayOff, shoutOut, gift))
                        .getResultList());
        String chosen = inTransaction(() -> bean(RewardShop.class)
                .valuedReward(employee(person), scheme.rewardKinds(), 50, ownCatalog, LocalDate.of(2025, 4, 2))
                .map(RewardItem::getCode)
                .orElse(null));

        Evaluated done = evaluate(scheme);
        long cost = count(
                "SELECT r.points FROM reward_award a JOIN redemption r ON r.id = a.redemption_id"
                        + " JOIN reward_item i ON i.id = r.item_id WHERE a.scheme_id = ? AND r.status = 'PENDING'"
                        + " AND i.motivator IN ('GIFT_OR_EXPERIENCE', 'PUBLIC_RECOGNITION', 'TIME_OFF')",
                scheme.getId());

        assertEquals(shoutOut, chosen, "the day off costs more than the award: the kind ranked next, its dearest");
        assertEquals(1, done.awards());
        assertTrue(cost > 0 && cost <= 50, "given as a reward of a kind the scheme gives, within the award: " + cost);
        assertEquals(
                50 - cost,
                count(
                        "SELECT a.balance FROM points_account a JOIN employee e ON e.id = a.employee_id"
                                + " WHERE a.kind = 'RECEIVED' AND e.employee_number = ?",
                        person),
                "50 points awarded, the reward's cost set aside for it, waiting for HR");
    }
}
