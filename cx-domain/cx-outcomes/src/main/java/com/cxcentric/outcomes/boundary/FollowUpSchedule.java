package com.cxcentric.outcomes.boundary;

import com.cxcentric.outcomes.control.FollowUpStore;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Escalates overdue follow-ups every ten minutes. The escalation is one conditional UPDATE, so
 * several instances running it escalate each follow-up once, and the first run after downtime
 * catches up on everything that fell due meanwhile.
 */
@Singleton
public class FollowUpSchedule {

    private static final Logger LOG = Logger.getLogger(FollowUpSchedule.class.getName());

    @Inject
    private FollowUpStore followUps;

    @Schedule(hour = "*", minute = "*/10", persistent = false, info = "follow-up escalation")
    void escalate() {
        int escalated = followUps.escalateOverdue(Instant.now());
        if (escalated > 0) {
            LOG.info(() -> escalated + " overdue follow-ups escalated");
        }
    }
}
