package com.cxcentric.vision.boundary;

import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.platform.control.DailyJob;
import com.cxcentric.vision.control.Acknowledgements;
import com.cxcentric.vision.control.VisionDrafts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Chases the current vision once a company day, whatever the number of server instances (the day
 * is claimed in the database): asks anyone not asked yet (a joiner the import's event missed),
 * reminds once a week after asking, copies the lead a week after that. Days missed while the
 * server was down are caught up in order.
 */
@Singleton
@PermitAll
public class VisionSchedule {

    /** The job's row in {@code scheduled_job} (migration V28). */
    static final String JOB = "vision-acknowledgements";

    private static final Logger LOG = Logger.getLogger(VisionSchedule.class.getName());

    @Inject
    private DailyJob job;

    @Inject
    private Acknowledgements acknowledgements;

    @Inject
    private VisionDrafts drafts;

    @Inject
    private BusinessDay businessDay;

    @Schedule(hour = "*", minute = "23", persistent = false, info = "vision acknowledgements")
    void hourly() {
        runThrough(businessDay.today());
    }

    /**
     * Processes every day after the last one processed up to {@code today}.
     *
     * @return {asked, reminded, copied to the lead}
     */
    public int[] runThrough(LocalDate today) {
        int[] done = new int[3];
        var current = drafts.current();
        for (LocalDate day : job.claim(JOB, today)) {
            if (current.isEmpty() || current.get().getPublishedOn().isAfter(day)) {
                continue;
            }
            done[0] += acknowledgements.askEveryoneNotAsked(current.get(), day);
            int[] chased = acknowledgements.chase(current.get(), day);
            done[1] += chased[0];
            done[2] += chased[1];
        }
        if (done[0] + done[1] + done[2] > 0) {
            LOG.info(() -> "Vision " + current.get().getNumber() + ": " + done[0] + " asked, " + done[1] + " reminded, "
                    + done[2] + " copied to their lead");
        }
        return done;
    }
}
