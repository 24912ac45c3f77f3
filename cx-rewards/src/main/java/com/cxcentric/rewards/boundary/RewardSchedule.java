package com.cxcentric.rewards.boundary;

import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.platform.control.DailyJob;
import com.cxcentric.rewards.control.ApprovalFlow;
import com.cxcentric.rewards.control.SchemeEvaluation;
import com.cxcentric.rewards.control.SchemeEvaluation.Evaluated;
import com.cxcentric.rewards.entity.AccountKind;
import com.cxcentric.rewards.entity.RewardScheme;
import com.cxcentric.rewards.entity.SchemePeriod;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Evaluates every active scheme's period as soon as it is over, once: each hour it claims the days
 * not processed yet (in the database, so with several instances each day is claimed once), and on
 * each day evaluates the period that ended the day before; a period evaluated already (by HR, or
 * by another run) is left as it is. After downtime every missed day is processed in order.
 */
@Singleton
@PermitAll
public class RewardSchedule {

    /** The job's row in {@code scheduled_job} (migration V19). */
    static final String JOB = "reward-schemes";

    private static final Logger LOG = Logger.getLogger(RewardSchedule.class.getName());

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private DailyJob job;

    @Inject
    private SchemeEvaluation evaluation;

    @Inject
    private BusinessDay businessDay;

    @EJB
    private PointsAccounts accounts;

    @Inject
    private ApprovalFlow approvals;

    /** Reminds approvers of stages waiting too long and hands on those waiting far too long. */
    @Schedule(hour = "*", minute = "7", persistent = false, info = "approval reminders")
    void approvalsDue() {
        int[] done = approvals.remindAndEscalate(Instant.now());
        if (done[0] + done[1] > 0) {
            LOG.info(() -> "Approvals: " + done[0] + " reminded, " + done[1] + " escalated");
        }
    }

    @Schedule(hour = "*", minute = "37", persistent = false, info = "reward scheme periods")
    void hourly() {
        runThrough(businessDay.today());
    }

    /** Processes every day after the last one processed up to {@code today}; returns the periods it granted. */
    public List<Evaluated> runThrough(LocalDate today) {
        List<Evaluated> granted = new ArrayList<>();
        for (LocalDate day : job.claim(JOB, today)) {
            for (RewardScheme scheme : em.createNamedQuery(RewardScheme.FIND_ALL, RewardScheme.class)
                    .getResultList()) {
                SchemePeriod ended =
                        SchemePeriod.containing(scheme.getPeriodKind(), day).previous();
                if (!scheme.isActive() || !ended.isOverOn(day) || ended.compareTo(scheme.firstPeriod()) < 0) {
                    continue;
                }
                Evaluated done = evaluation.evaluateOnce(
                        scheme, ended, "system", day, employee -> accounts.open(AccountKind.RECEIVED, employee));
                if (!done.before()) {
                    granted.add(done);
                    LOG.info(() -> "Reward scheme " + scheme.getCode() + " " + ended + ": " + done.awards()
                            + " awards of " + done.people() + " people, " + done.points() + " points");
                }
            }
        }
        return granted;
    }
}
