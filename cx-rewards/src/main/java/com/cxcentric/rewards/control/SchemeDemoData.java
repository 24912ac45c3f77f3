package com.cxcentric.rewards.control;

import com.cxcentric.demo.DemoContext;
import com.cxcentric.demo.DemoDataContributor;
import com.cxcentric.organization.entity.Motivator;
import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.Judging;
import com.cxcentric.rewards.entity.PeriodKind;
import com.cxcentric.rewards.entity.RewardScheme;
import com.cxcentric.rewards.entity.SchemeDefinition;
import com.cxcentric.rewards.entity.SchemePeriod;
import com.cxcentric.rewards.entity.SchemeRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The demo company's reward schemes, each evaluated through the real evaluation for every period
 * over since it began six months ago, over the demo's outcomes: so the awards, their evidence and
 * the points they paid are those the product would have computed.
 */
@ApplicationScoped
public class SchemeDemoData implements DemoDataContributor {

    static final int MONTHS = 6;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private SchemeBook book;

    @Inject
    private SchemeEvaluation evaluation;

    @Inject
    private PointsLedger ledger;

    @Inject
    private RewardShop shop;

    @Override
    public int order() {
        return 260;
    }

    @Override
    public void contribute(DemoContext context) {
        SchemePeriod firstMonth =
                SchemePeriod.containing(PeriodKind.MONTH, context.today().minusMonths(MONTHS));
        SchemePeriod firstQuarter =
                SchemePeriod.containing(PeriodKind.QUARTER, context.today().minusMonths(MONTHS));
        List<SchemeDefinition> schemes = List.of(
                new SchemeDefinition(
                        "CC-CSAT",
                        "Contact centre CSAT champions",
                        "Every quarter, agents whose customers are satisfied: CSAT of at least 80 %, judged by"
                                + " credibility (k = 10) so that a handful of lucky answers is not enough.",
                        PersonMetric.CSAT_PERCENT,
                        SchemeRule.THRESHOLD,
                        Judging.CREDIBILITY,
                        BigDecimal.valueOf(80),
                        8,
                        BigDecimal.TEN,
                        50,
                        PeriodKind.QUARTER,
                        firstQuarter.label(),
                        "CC",
                        null,
                        true,
                        3,
                        true,
                        List.of(
                                Motivator.PUBLIC_RECOGNITION,
                                Motivator.MONEY_OR_VOUCHERS,
                                Motivator.GIFT_OR_EXPERIENCE)),
                new SchemeDefinition(
                        "COMPLIMENTS-2",
                        "Complimented by customers",
                        "Two or more compliments from customers in a month.",
                        PersonMetric.COMPLIMENTS,
                        SchemeRule.COUNT,
                        null,
                        BigDecimal.valueOf(2),
                        1,
                        null,
                        30,
                        PeriodKind.MONTH,
                        firstMonth.label(),
                        null,
                        null,
                        false,
                        null,
                        true,
                        List.of()),
                new SchemeDefinition(
                        "TEAM-NPS",
                        "Team NPS above 20",
                        "Each quarter, every member of a team whose NPS is surely above 20 (the lower end of"
                                + " its 95 % interval).",
                        PersonMetric.NPS,
                        SchemeRule.TEAM_RESULT,
                        Judging.LOWER_BOUND,
                        BigDecimal.valueOf(20),
                        30,
                        null,
                        20,
                        PeriodKind.QUARTER,
                        firstQuarter.label(),
                        null,
                        null,
                        false,
                        null,
                        true,
                        List.of()));
        for (SchemeDefinition definition : schemes) {
            RewardScheme scheme = new RewardScheme(definition.code());
            book.apply(scheme, definition);
            em.persist(scheme);
            em.flush();
            for (SchemePeriod period = scheme.firstPeriod(); period.isOverOn(context.today()); period = period.next()) {
                evaluation.evaluateOnce(
                        scheme,
                        period,
                        "demo",
                        period.end().plusDays(1),
                        employee -> ledger.openHere(AccountKind.RECEIVED, employee));
            }
        }
        settleEarlierRewards(context.today());
    }

    /**
     * The rewards awards were given as, handed over by HR for every period but the latest of each
     * scheme, as a company running the product for months would have.
     */
    private void settleEarlierRewards(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object> earlier = em.createNativeQuery("SELECT a.redemption_id FROM reward_award a WHERE a.redemption_id"
                        + " IS NOT NULL AND a.period_start < (SELECT MAX(b.period_start) FROM reward_award b"
                        + " WHERE b.scheme_id = a.scheme_id)")
                .getResultList();
        Instant at = today.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Object id : earlier) {
            shop.settle(((Number) id).longValue(), "hr", "Told at the town hall", at);
        }
    }
}
