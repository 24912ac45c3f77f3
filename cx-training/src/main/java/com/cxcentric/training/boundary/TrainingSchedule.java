package com.cxcentric.training.boundary;

import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.platform.control.DailyJob;
import com.cxcentric.training.control.TrainingDay;
import com.cxcentric.training.control.TrainingDay.DayReport;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Runs training's day-by-day work (recertifications, refreshers, reminders, overdue messages)
 * every hour for the days not processed yet. The days are claimed in the database, so with several
 * instances each day is processed once, and after downtime every missed day is processed in order.
 */
@Singleton
@PermitAll
public class TrainingSchedule {

    private static final Logger LOG = Logger.getLogger(TrainingSchedule.class.getName());

    @Inject
    private DailyJob job;

    @Inject
    private TrainingDay trainingDay;

    @Inject
    private BusinessDay businessDay;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "training reinforcement")
    void hourly() {
        runThrough(businessDay.today());
    }

    /** Processes every day after the last one processed up to {@code today}; returns what each day did. */
    public List<DayReport> runThrough(LocalDate today) {
        List<DayReport> reports = new ArrayList<>();
        Instant now = Instant.now();
        for (LocalDate day : job.claim(TrainingDay.JOB, today)) {
            DayReport report = trainingDay.process(day, now);
            reports.add(report);
            LOG.info(() -> "Training day " + report.day() + ": " + report.recertifications() + " recertifications, "
                    + report.refreshers() + " refreshers, " + report.reminders() + " reminders, " + report.overdue()
                    + " overdue");
        }
        return reports;
    }
}
