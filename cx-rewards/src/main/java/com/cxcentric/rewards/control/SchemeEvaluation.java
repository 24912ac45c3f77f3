package com.cxcentric.rewards.control;

import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.outcomes.control.PersonTallies;
import com.cxcentric.outcomes.control.PersonTallies.Filters;
import com.cxcentric.outcomes.control.PersonTallies.Member;
import com.cxcentric.outcomes.control.PersonTallies.Population;
import com.cxcentric.outcomes.entity.FeedbackRecord;
import com.cxcentric.outcomes.entity.Tally;
import com.cxcentric.rewards.control.PointsLedger.Leg;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.ApprovalKind;
import com.cxcentric.rewards.entity.ApprovalRequest;
import com.cxcentric.rewards.entity.ApprovalRequest.Ask;
import com.cxcentric.rewards.entity.BudgetPurpose;
import com.cxcentric.rewards.entity.PointsAccount;
import com.cxcentric.rewards.entity.PointsTransfer;
import com.cxcentric.rewards.entity.PointsTransfer.Movement;
import com.cxcentric.rewards.entity.RewardAward;
import com.cxcentric.rewards.entity.RewardBudget;
import com.cxcentric.rewards.entity.RewardItem;
import com.cxcentric.rewards.entity.RewardScheme;
import com.cxcentric.rewards.entity.SchemeJudge;
import com.cxcentric.rewards.entity.SchemeJudge.Candidate;
import com.cxcentric.rewards.entity.SchemeJudge.Judgement;
import com.cxcentric.rewards.entity.SchemeJudge.Verdict;
import com.cxcentric.rewards.entity.SchemePeriod;
import com.cxcentric.rewards.entity.SchemeRule;
import com.cxcentric.rewards.entity.SchemeTerms;
import com.cxcentric.rewards.entity.TransferKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Judges a scheme's period over the outcomes, in the caller's transaction: the people covered and
 * their tallies come from one grouped query each (the people, their own figures, their teams'
 * figures, and for an improvement the same for the period before), the rule runs over those rows
 * in memory, and granting writes the period once with its awards and their ledger transfers.
 */
@Dependent
public class SchemeEvaluation {

    /** What an evaluated period came to. */
    public record Evaluated(SchemePeriod period, int people, int awards, long points, Double k, boolean before) {}

    @Inject
    private BadgeBook badges;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private PersonTallies tallies;

    @Inject
    private OrgTree tree;

    @Inject
    private PointsLedger ledger;

    @Inject
    private NotificationWriter notifications;

    @Inject
    private Budgets budgets;

    @Inject
    private ApprovalFlow approvals;

    @Inject
    private RewardShop shop;

    /** The scheme's verdict on every person it covers in the period; writes nothing. */
    public Judgement judge(RewardScheme scheme, SchemePeriod period) {
        return judge(scheme, period, population(scheme), scheme.terms());
    }

    /**
     * The scheme's verdict on one person so far in a period, judged among the people of their own
     * team whom it covers (enough for every rule), with the k given (the scheme's, or the one of
     * its last evaluated period); empty when the scheme does not cover them.
     */
    public Optional<Verdict> progressOf(
            RewardScheme scheme, SchemePeriod period, long employeeId, Long unitId, Double k) {
        Population covered = population(scheme);
        if (unitId == null || covered.unitIds() != null && !covered.unitIds().contains(unitId)) {
            return Optional.empty();
        }
        SchemeTerms terms = scheme.terms();
        SchemeTerms fixed = new SchemeTerms(
                terms.metric(),
                terms.rule(),
                terms.judging(),
                terms.target(),
                terms.minSample(),
                terms.k() != null ? terms.k() : k,
                terms.points());
        return judge(scheme, period, new Population(Set.of(unitId), covered.segmentId()), fixed).verdicts().stream()
                .filter(v -> v.candidate().employeeId() == employeeId)
                .findFirst();
    }

    private Population population(RewardScheme scheme) {
        return new Population(
                scheme.getUnitId() == null ? null : tree.subtreeOf(Set.of(scheme.getUnitId())), scheme.getSegmentId());
    }

    private Judgement judge(RewardScheme scheme, SchemePeriod period, Population population, SchemeTerms terms) {
        Filters filters = new Filters(
                scheme.isExcludeSolicited() ? FeedbackRecord.SOLICITED_TAG : null, scheme.getMaxPerCustomer());
        List<Member> members = tallies.members(population);
        Set<Long> units = new HashSet<>();
        members.stream().map(Member::unitId).filter(Objects::nonNull).forEach(units::add);
        var metric = scheme.getMetric();
        Map<Long, Tally> own = tallies.perPerson(metric, period.start(), period.end(), population, filters);
        Map<Long, Tally> team = tallies.perTeam(metric, period.start(), period.end(), units, filters);
        Map<Long, Tally> ownBefore = Map.of();
        Map<Long, Tally> teamBefore = Map.of();
        if (scheme.getRule() == SchemeRule.IMPROVEMENT) {
            SchemePeriod before = period.previous();
            ownBefore = tallies.perPerson(metric, before.start(), before.end(), population, filters);
            teamBefore = tallies.perTeam(metric, before.start(), before.end(), units, filters);
        }
        List<Candidate> candidates = new ArrayList<>(members.size());
        for (Member member : members) {
            candidates.add(new Candidate(
                    member.employeeId(),
                    member.unitId(),
                    own.getOrDefault(member.employeeId(), Tally.NONE),
                    member.unitId() == null ? Tally.NONE : team.getOrDefault(member.unitId(), Tally.NONE),
                    ownBefore.getOrDefault(member.employeeId(), Tally.NONE),
                    member.unitId() == null ? Tally.NONE : teamBefore.getOrDefault(member.unitId(), Tally.NONE)));
        }
        return SchemeJudge.judge(terms, candidates);
    }

    /** The period as evaluated before, if it was. */
    public Optional<Evaluated> evaluated(RewardScheme scheme, SchemePeriod period) {
        return em.createNativeQuery("SELECT people, awards, points, credibility_k FROM reward_scheme_period"
                        + " WHERE scheme_id = ? AND period_start = ?")
                .setParameter(1, scheme.getId())
                .setParameter(2, Date.valueOf(period.start()))
                .getResultStream()
                .findFirst()
                .map(result -> {
                    Object[] row = (Object[]) result;
                    return new Evaluated(
                            period,
                            ((Number) row[0]).intValue(),
                            ((Number) row[1]).intValue(),
                            ((Number) row[2]).longValue(),
                            row[3] == null ? null : ((Number) row[3]).doubleValue(),
                            true);
                });
    }

    /**
     * Evaluates and grants a period once: locks the scheme (a second evaluation of it waits here,
     * then finds the period evaluated and changes nothing), judges the period, has the caller open
     * the received account of each person awarded (in transactions of their own, see
     * {@code boundary.PointsAccounts}) and grants the awards.
     */
    public Evaluated evaluateOnce(
            RewardScheme unlocked, SchemePeriod period, String by, LocalDate today, LongConsumer openReceived) {
        RewardScheme scheme = em.find(RewardScheme.class, unlocked.getId(), LockModeType.PESSIMISTIC_WRITE);
        Optional<Evaluated> before = evaluated(scheme, period);
        if (before.isPresent()) {
            return before.get();
        }
        Judgement judgement = judge(scheme, period);
        judgement.awarded().forEach(v -> openReceived.accept(v.candidate().employeeId()));
        return grant(scheme, period, judgement, by, today);
    }

    /**
     * Grants a judged period: records the period, pays each award from the company's issued points
     * into the person's received points (keyed by scheme, period and person), records each award
     * with its figures and tells the people. The caller holds the scheme's lock and has checked the
     * period was not evaluated; every person awarded has a received account.
     */
    private Evaluated grant(RewardScheme scheme, SchemePeriod period, Judgement judgement, String by, LocalDate today) {
        List<Verdict> awarded = judgement.awarded();
        long points = scheme.terms().points();
        Instant now = Instant.now();
        em.createNativeQuery(
                        "INSERT INTO reward_scheme_period (scheme_id, period_start, period_end, evaluated_at,"
                                + " evaluated_by, people, awards, points, credibility_k) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS NUMERIC(12,2)))")
                .setParameter(1, scheme.getId())
                .setParameter(2, Date.valueOf(period.start()))
                .setParameter(3, Date.valueOf(period.end()))
                .setParameter(4, Timestamp.from(now))
                .setParameter(5, by)
                .setParameter(6, judgement.verdicts().size())
                .setParameter(7, awarded.size())
                .setParameter(8, points * awarded.size())
                .setParameter(9, kValue(judgement.k()))
                .executeUpdate();
        if (!awarded.isEmpty()) {
            String memo = scheme.getName() + " \u00B7 " + period.label();
            if (approvals.awardNeedsApproval(points)) {
                holdForApproval(scheme, period, awarded, points, memo, by, today, now);
            } else {
                pay(scheme, period, awarded, points, memo, by, today, now);
            }
            em.flush();
            tell(scheme, period, memo);
            badges.afterPeriod(scheme, period, today);
        }
        return new Evaluated(
                period, judgement.verdicts().size(), awarded.size(), points * awarded.size(), judgement.k(), false);
    }

    /**
     * Pays each award from the company's issued points into the person's received points (keyed
     * by scheme, period and person), drawn on each person's budget for the period: the budgets
     * locked first, in id order, then the ledger's accounts.
     */
    private void pay(
            RewardScheme scheme,
            SchemePeriod period,
            List<Verdict> awarded,
            long points,
            String memo,
            String by,
            LocalDate today,
            Instant now) {
        Budgets.OnDay onDay = budgets.onDay(period.end());
        Map<Long, List<Integer>> byBudget = new HashMap<>();
        List<RewardBudget> found = new ArrayList<>();
        for (int i = 0; i < awarded.size(); i++) {
            Optional<RewardBudget> budget =
                    onDay.forUnit(awarded.get(i).candidate().unitId());
            if (budget.isPresent()) {
                found.add(budget.get());
                byBudget.computeIfAbsent(budget.get().getId(), id -> new ArrayList<>())
                        .add(i);
            }
        }
        Map<Integer, RewardItem> givenAs = valuedRewards(scheme, awarded, points, today);
        List<RewardBudget> locked = budgets.lock(found);
        if (!givenAs.isEmpty()) {
            ledger.lockAhead(List.of(PointsLedger.ISSUED, RewardShop.REDEEMED));
        }
        PointsAccount issued = ledger.issued();
        List<Leg> legs = new ArrayList<>(awarded.size());
        for (Verdict verdict : awarded) {
            long employee = verdict.candidate().employeeId();
            legs.add(new Leg(
                    new Movement(
                            awardKey(scheme, period, employee),
                            TransferKind.GRANT,
                            points,
                            today,
                            by,
                            memo,
                            null,
                            null),
                    issued,
                    ledger.account(AccountKind.RECEIVED, employee)));
        }
        List<PointsTransfer> transfers = ledger.moveAll(legs, today);
        for (int i = 0; i < awarded.size(); i++) {
            var award = new RewardAward(
                    scheme, period, awarded.get(i), transfers.get(i).getId(), now);
            RewardItem item = givenAs.get(i);
            if (item != null) {
                long employee = awarded.get(i).candidate().employeeId();
                award.givenAs(shop.redeem(
                                awardKey(scheme, period, employee),
                                item.getCode(),
                                em.find(Employee.class, employee),
                                by,
                                today,
                                now)
                        .redemption()
                        .getId());
            }
            em.persist(award);
        }
        for (RewardBudget budget : locked) {
            List<PointsTransfer> drawing =
                    byBudget.get(budget.getId()).stream().map(transfers::get).toList();
            budgets.drawnEach(budget, drawing, BudgetPurpose.AWARD, points, period.end());
        }
    }

    /**
     * For a scheme that gives its award as a reward the person values: the reward each award is
     * given as, by the award's index, its row locked (before any budget or ledger account) and no
     * more of it than its stock; the others are paid in points.
     */
    private Map<Integer, RewardItem> valuedRewards(
            RewardScheme scheme, List<Verdict> awarded, long points, LocalDate today) {
        List<Motivator> kinds = scheme.rewardKinds();
        if (kinds.isEmpty()) {
            return Map.of();
        }
        List<RewardItem> catalog =
                em.createNamedQuery(RewardItem.FIND_ALL, RewardItem.class).getResultList();
        Map<Integer, RewardItem> chosen = new HashMap<>();
        for (int i = 0; i < awarded.size(); i++) {
            Employee person = em.find(Employee.class, awarded.get(i).candidate().employeeId());
            int index = i;
            shop.valuedReward(person, kinds, points, catalog, today).ifPresent(item -> chosen.put(index, item));
        }
        Map<Long, Integer> left = new HashMap<>();
        chosen.values().stream().map(RewardItem::getId).distinct().sorted().forEach(id -> {
            RewardItem item = em.find(RewardItem.class, id, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(item);
            left.put(id, item.getStock() == null ? Integer.MAX_VALUE : item.getStock());
        });
        Map<Integer, RewardItem> given = new HashMap<>();
        for (int i = 0; i < awarded.size(); i++) {
            RewardItem item = chosen.get(i);
            if (item != null && left.merge(item.getId(), -1, Integer::sum) >= 0) {
                given.put(i, item);
            }
        }
        return given;
    }

    /**
     * Awards above the approval limit: each award's points are held and wait for its approvers;
     * the person hears of it when the last approver decides.
     */
    private void holdForApproval(
            RewardScheme scheme,
            SchemePeriod period,
            List<Verdict> awarded,
            long points,
            String memo,
            String by,
            LocalDate today,
            Instant now) {
        int stages = approvals.stagesFor(points);
        // Every budget these awards draw on, locked first in id order: each request then locks
        // its own again (held already) before the ledger's accounts, never after them.
        Budgets.OnDay onDay = budgets.onDay(period.end());
        budgets.lock(awarded.stream()
                .map(v -> onDay.forUnit(v.candidate().unitId()))
                .flatMap(Optional::stream)
                .toList());
        for (Verdict verdict : awarded) {
            long employee = verdict.candidate().employeeId();
            ApprovalRequest request = approvals.ask(
                    new Ask(
                            ApprovalKind.AWARD,
                            employee,
                            points,
                            memo,
                            null,
                            null,
                            null,
                            by,
                            awardKey(scheme, period, employee),
                            stages),
                    today,
                    period.end());
            var award = new RewardAward(scheme, period, verdict, request.getHoldTransferId(), now);
            em.persist(award);
            em.flush();
            request.forAward(award.getId());
        }
    }

    private static String awardKey(RewardScheme scheme, SchemePeriod period, long employee) {
        return "award:" + scheme.getId() + ":" + period.label() + ":" + employee;
    }

    private void tell(RewardScheme scheme, SchemePeriod period, String title) {
        notifications.write(
                NotificationKind.AWARD_RECEIVED,
                "SELECT e.id, " + NotificationWriter.LEAD_OF_E
                        + ", NULL, CAST(? AS VARCHAR(200)), NULL, CONCAT(CAST(a.id AS VARCHAR(20)), ':award')"
                        + " FROM reward_award a JOIN employee e ON e.id = a.employee_id"
                        + " WHERE a.scheme_id = CAST(? AS BIGINT) AND a.period_start = CAST(? AS DATE)"
                        + " AND NOT EXISTS (SELECT 1 FROM approval_request r WHERE r.award_id = a.id)",
                List.of(
                        title.length() > 200 ? title.substring(0, 200) : title,
                        scheme.getId(),
                        Date.valueOf(period.start())),
                Instant.now());
    }

    private static BigDecimal kValue(Double k) {
        if (k == null || k.isInfinite() || k.isNaN()) {
            return null;
        }
        return BigDecimal.valueOf(k).setScale(2, RoundingMode.HALF_UP);
    }
}
