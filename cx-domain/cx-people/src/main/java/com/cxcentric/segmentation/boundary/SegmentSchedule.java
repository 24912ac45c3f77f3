package com.cxcentric.segmentation.boundary;

import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.segmentation.control.SegmentMembershipStore;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Keeps membership current as time passes: tenure criteria ("under 6 months") change with the
 * calendar, not with any edit. Runs every hour, so a new day is picked up within the hour in any
 * time zone and a server that was down catches up on its first run (membership is a state, not a
 * queue: a late run produces the same members). Several instances may run it at once: each
 * segment's row lock serialises them and the later run finds nothing left to change.
 */
@Singleton
public class SegmentSchedule {

    private static final Logger LOG = Logger.getLogger(SegmentSchedule.class.getName());

    @Inject
    private SegmentMembershipStore membership;

    @Inject
    private BusinessDay businessDay;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "segment membership recompute")
    void recomputeHourly() {
        var changes = membership.recomputeAll(businessDay.today());
        int joined =
                changes.stream().mapToInt(SegmentMembershipStore.Change::joined).sum();
        int left =
                changes.stream().mapToInt(SegmentMembershipStore.Change::left).sum();
        if (joined > 0 || left > 0) {
            LOG.info(() -> "Segment recompute: " + joined + " joined, " + left + " left across " + changes.size()
                    + " segments");
        }
    }
}
