package com.cxcentric.rewards.boundary;

import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.platform.control.Jdbc;
import com.cxcentric.rewards.control.SchemeBook;
import com.cxcentric.rewards.control.SchemeEvaluation;
import com.cxcentric.rewards.control.SchemeEvaluation.Evaluated;
import com.cxcentric.rewards.control.SchemeViews;
import com.cxcentric.rewards.control.SchemeViews.ResultRow;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.RewardScheme;
import com.cxcentric.rewards.entity.SchemeDefinition;
import com.cxcentric.rewards.entity.SchemeJudge.Decision;
import com.cxcentric.rewards.entity.SchemeJudge.Judgement;
import com.cxcentric.rewards.entity.SchemePeriod;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A scheme's periods: the preview of a period's awards and their cost before anything is granted
 * (also of a scheme not saved yet), granting a period that is over (once: evaluating it again
 * changes nothing), and the awards of the periods evaluated.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class SchemePeriods {

    /**
     * What a period comes to: how many people the scheme covers, how many it awards and what that
     * costs in points and money; {@code k} is Bühlmann's k used ("∞" when people differ no more than
     * chance explains), null when rates are not judged by credibility.
     */
    public record Result(
            String period,
            LocalDate from,
            LocalDate to,
            boolean over,
            boolean evaluated,
            int people,
            int awards,
            long points,
            BigDecimal money,
            String currency,
            String k,
            List<ResultRow> rows) {}

    /** A period already evaluated, for the scheme's history. */
    public record EvaluatedPeriod(String period, int people, int awards, long points, String k) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private SchemeBook book;

    @Inject
    private SchemeEvaluation evaluation;

    @Inject
    private SchemeViews views;

    @Inject
    private BusinessDay businessDay;

    @EJB
    private PointsAccounts accounts;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "cx.rewards.point-value", defaultValue = "0.05")
    private BigDecimal pointValue;

    @Inject
    @ConfigProperty(name = "cx.rewards.currency", defaultValue = "EUR")
    private String currency;

    /** The awards a saved scheme would give in a period (null: the current one, so far); writes nothing. */
    public Result preview(String code, String periodLabel) {
        RewardScheme scheme = book.find(code);
        return preview(scheme, period(scheme, periodLabel));
    }

    /** The awards a scheme not saved yet would give in a period (null: the current one); writes nothing. */
    public Result preview(SchemeDefinition definition, String periodLabel) {
        RewardScheme scheme = book.unsaved(definition);
        return preview(scheme, period(scheme, periodLabel));
    }

    /**
     * Grants the awards of a period that is over. Evaluating a period a second time (or while the
     * daily job does) changes nothing and returns what the first evaluation gave.
     *
     * @throws RuleViolationException when the period is not over, precedes the scheme or the scheme is paused
     */
    public Result evaluate(String code, String periodLabel) {
        RewardScheme scheme = book.find(code);
        SchemePeriod period = period(scheme, periodLabel);
        LocalDate today = businessDay.today();
        if (!period.isOverOn(today)) {
            throw new RuleViolationException(
                    "period",
                    "error.scheme.periodNotOver",
                    "Period " + period + " ends on " + period.end() + "; preview it until then",
                    period.label(),
                    period.end());
        }
        if (!scheme.isActive()) {
            throw new RuleViolationException("code", "error.scheme.paused", "Scheme " + code + " is paused", code);
        }
        Evaluated done = evaluation.evaluateOnce(
                scheme,
                period,
                context.getCallerPrincipal().getName(),
                today,
                employee -> accounts.open(AccountKind.RECEIVED, employee));
        return evaluatedResult(scheme, period, done);
    }

    /** The evaluated periods of a scheme, newest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    public List<EvaluatedPeriod> periods(String code) {
        RewardScheme scheme = book.find(code);
        List<EvaluatedPeriod> periods = new ArrayList<>();
        for (Object result : em.createNativeQuery("SELECT period_start, people, awards, points, credibility_k"
                        + " FROM reward_scheme_period WHERE scheme_id = ? ORDER BY period_start DESC")
                .setParameter(1, scheme.getId())
                .getResultList()) {
            Object[] row = (Object[]) result;
            periods.add(new EvaluatedPeriod(
                    SchemePeriod.containing(scheme.getPeriodKind(), Jdbc.localDate(row[0]))
                            .label(),
                    ((Number) row[1]).intValue(),
                    ((Number) row[2]).intValue(),
                    ((Number) row[3]).longValue(),
                    row[4] == null ? null : row[4].toString()));
        }
        return periods;
    }

    private Result preview(RewardScheme scheme, SchemePeriod period) {
        Judgement judgement = evaluation.judge(scheme, period);
        long points = scheme.terms().points() * judgement.awarded().size();
        return new Result(
                period.label(),
                period.start(),
                period.end(),
                period.isOverOn(businessDay.today()),
                scheme.getId() != null && evaluation.evaluated(scheme, period).isPresent(),
                judgement.verdicts().size(),
                judgement.awarded().size(),
                points,
                money(points),
                currency,
                k(judgement.k()),
                views.rows(judgement.verdicts(), scheme.terms().points()));
    }

    /** An evaluated period with its awards as they were granted. */
    private Result evaluatedResult(RewardScheme scheme, SchemePeriod period, Evaluated done) {
        List<ResultRow> rows = new ArrayList<>();
        for (Object result : em.createNativeQuery("SELECT a.employee_id, e.employee_number, e.first_name, e.last_name,"
                        + " u.name, a.sample, a.own_value, a.team_value, a.credibility, a.judged, a.previous_value,"
                        + " a.points FROM reward_award a JOIN employee e ON e.id = a.employee_id"
                        + " LEFT JOIN org_unit u ON u.id = e.org_unit_id WHERE a.scheme_id = ? AND a.period_start = ?"
                        + " ORDER BY a.judged DESC, e.last_name, e.first_name")
                .setParameter(1, scheme.getId())
                .setParameter(2, Date.valueOf(period.start()))
                .setMaxResults(SchemeViews.MAX_ROWS)
                .getResultList()) {
            Object[] row = (Object[]) result;
            rows.add(new ResultRow(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    row[2] + " " + row[3],
                    (String) row[4],
                    ((Number) row[5]).longValue(),
                    (BigDecimal) row[6],
                    (BigDecimal) row[7],
                    (BigDecimal) row[8],
                    (BigDecimal) row[9],
                    (BigDecimal) row[10],
                    Decision.AWARDED,
                    ((Number) row[11]).longValue()));
        }
        return new Result(
                period.label(),
                period.start(),
                period.end(),
                true,
                true,
                done.people(),
                done.awards(),
                done.points(),
                money(done.points()),
                currency,
                k(done.k()),
                rows);
    }

    /** The scheme's period named by the label, or its current period; never one before its first. */
    private SchemePeriod period(RewardScheme scheme, String label) {
        SchemePeriod period;
        if (label == null || label.isBlank()) {
            period = SchemePeriod.containing(scheme.getPeriodKind(), businessDay.today());
        } else {
            try {
                period = SchemePeriod.parse(scheme.getPeriodKind(), label);
            } catch (IllegalArgumentException wrong) {
                throw new RuleViolationException("period", "error.scheme.period", wrong.getMessage(), label);
            }
        }
        if (period.compareTo(scheme.firstPeriod()) < 0) {
            throw new RuleViolationException(
                    "period",
                    "error.scheme.beforeFirst",
                    "The scheme starts with " + scheme.firstPeriod(),
                    period.label(),
                    scheme.firstPeriod().label());
        }
        if (period.start().isAfter(businessDay.today())) {
            throw new RuleViolationException(
                    "period", "error.scheme.future", period + " has not begun", period.label());
        }
        return period;
    }

    private BigDecimal money(long points) {
        return pointValue.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.HALF_UP);
    }

    private static String k(Double k) {
        if (k == null) {
            return null;
        }
        return k.isInfinite()
                ? "\u221E"
                : BigDecimal.valueOf(k).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
