package com.cxcentric.rewards.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.outcomes.control.PersonRecords;
import com.cxcentric.outcomes.control.PersonRecords.EvidenceRow;
import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.platform.control.Jdbc;
import com.cxcentric.rewards.control.SchemeEvaluation;
import com.cxcentric.rewards.entity.ApprovalStatus;
import com.cxcentric.rewards.entity.Judging;
import com.cxcentric.rewards.entity.PeriodKind;
import com.cxcentric.rewards.entity.RewardScheme;
import com.cxcentric.rewards.entity.SchemeJudge.Decision;
import com.cxcentric.rewards.entity.SchemeJudge.Verdict;
import com.cxcentric.rewards.entity.SchemePeriod;
import com.cxcentric.rewards.entity.SchemeRule;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The caller's reward schemes: where they stand this period in each scheme that covers them
 * ("CSAT 88 % of 90 %, 14 of 20 responses"), the awards they earned, and the evidence behind one
 * of them (the records of that period that name them: the customers' own words).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class MySchemes {

    /** A scheme that covers me and where I stand in its current period so far. */
    public record Progress(
            String code,
            String name,
            String description,
            PersonMetric metric,
            SchemeRule rule,
            Judging judging,
            BigDecimal target,
            int minSample,
            long points,
            String period,
            LocalDate periodEnd,
            long sample,
            BigDecimal own,
            BigDecimal team,
            BigDecimal judged,
            Decision decision) {}

    /** An award I earned, with the figures it was judged on. */
    public record MyAward(
            long id,
            String schemeName,
            PersonMetric metric,
            SchemeRule rule,
            Judging judging,
            BigDecimal target,
            String period,
            LocalDate from,
            LocalDate to,
            long sample,
            BigDecimal own,
            BigDecimal team,
            BigDecimal credibility,
            BigDecimal judged,
            BigDecimal previous,
            long points,
            Instant awardedAt,
            String givenAs,
            ApprovalStatus approval) {}

    /** The most awards listed. */
    public static final int AWARDS_SHOWN = 24;

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private SchemeEvaluation evaluation;

    @Inject
    private PersonRecords records;

    @Inject
    private BusinessDay businessDay;

    /** Every active scheme that covers me, with my standing in its current period. */
    public List<Progress> progress() {
        Employee me = me();
        LocalDate today = businessDay.today();
        List<Progress> progress = new ArrayList<>();
        for (RewardScheme scheme :
                em.createNamedQuery(RewardScheme.FIND_ALL, RewardScheme.class).getResultList()) {
            SchemePeriod period = SchemePeriod.containing(scheme.getPeriodKind(), today);
            if (!scheme.isActive() || period.compareTo(scheme.firstPeriod()) < 0) {
                continue;
            }
            Optional<Verdict> mine = evaluation.progressOf(
                    scheme,
                    period,
                    me.getId(),
                    me.getOrgUnit() == null ? null : me.getOrgUnit().getId(),
                    lastK(scheme));
            mine.ifPresent(v -> progress.add(new Progress(
                    scheme.getCode(),
                    scheme.getName(),
                    scheme.getDescription(),
                    scheme.getMetric(),
                    scheme.getRule(),
                    scheme.getJudging(),
                    scheme.terms().target(),
                    scheme.terms().minSample(),
                    scheme.terms().points(),
                    period.label(),
                    period.end(),
                    v.sample(),
                    v.own(),
                    v.team(),
                    v.judged(),
                    v.decision())));
        }
        return progress;
    }

    /** My awards, newest period first. */
    public List<MyAward> awards() {
        return awards(me().getId(), null);
    }

    /** The records behind one of my awards, newest first. */
    public List<EvidenceRow> evidence(long awardId) {
        MyAward award = awards(me().getId(), awardId).stream()
                .findFirst()
                .orElseThrow(() ->
                        new ResourceNotFoundException("error.award.unknown", "You have no award " + awardId, awardId));
        return records.of(award.metric(), me().getId(), award.from(), award.to());
    }

    private List<MyAward> awards(long employeeId, Long awardId) {
        var query = em.createNativeQuery("SELECT a.id, s.name, s.metric, s.rule, s.judging, s.target, s.period_kind,"
                        + " a.period_start, a.period_end, a.sample, a.own_value, a.team_value, a.credibility, a.judged,"
                        + " a.previous_value, a.points, a.awarded_at, ri.name, ar.status FROM reward_award a"
                        + " JOIN reward_scheme s ON s.id = a.scheme_id"
                        + " LEFT JOIN redemption rd ON rd.id = a.redemption_id LEFT JOIN reward_item ri ON ri.id = rd.item_id"
                        + " LEFT JOIN approval_request ar ON ar.award_id = a.id WHERE a.employee_id = ?"
                        + (awardId == null ? "" : " AND a.id = ?")
                        + " ORDER BY a.period_start DESC, s.name")
                .setParameter(1, employeeId);
        if (awardId != null) {
            query.setParameter(2, awardId);
        }
        List<MyAward> awards = new ArrayList<>();
        for (Object result : query.setMaxResults(AWARDS_SHOWN).getResultList()) {
            Object[] row = (Object[]) result;
            LocalDate from = Jdbc.localDate(row[7]);
            awards.add(new MyAward(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    PersonMetric.valueOf((String) row[2]),
                    SchemeRule.valueOf((String) row[3]),
                    row[4] == null ? null : Judging.valueOf((String) row[4]),
                    (BigDecimal) row[5],
                    SchemePeriod.containing(PeriodKind.valueOf((String) row[6]), from)
                            .label(),
                    from,
                    Jdbc.localDate(row[8]),
                    ((Number) row[9]).longValue(),
                    (BigDecimal) row[10],
                    (BigDecimal) row[11],
                    (BigDecimal) row[12],
                    (BigDecimal) row[13],
                    (BigDecimal) row[14],
                    ((Number) row[15]).longValue(),
                    Jdbc.instant(row[16]),
                    (String) row[17],
                    row[18] == null ? null : ApprovalStatus.valueOf((String) row[18])));
        }
        return awards;
    }

    /** The k the scheme's last evaluated period used, for a fair standing before this one is evaluated. */
    private Double lastK(RewardScheme scheme) {
        List<?> k = em.createNativeQuery("SELECT credibility_k FROM reward_scheme_period WHERE scheme_id = ?"
                        + " AND credibility_k IS NOT NULL ORDER BY period_start DESC")
                .setParameter(1, scheme.getId())
                .setMaxResults(1)
                .getResultList();
        return k.isEmpty() ? (double) scheme.terms().minSample() : ((Number) k.get(0)).doubleValue();
    }

    private Employee me() {
        return accounts.linkedEmployee(context.getCallerPrincipal().getName());
    }
}
