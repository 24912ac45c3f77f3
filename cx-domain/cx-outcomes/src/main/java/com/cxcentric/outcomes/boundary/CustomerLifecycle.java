package com.cxcentric.outcomes.boundary;

import com.cxcentric.outcomes.control.CustomerStages;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Keeps every customer's lifecycle stage current: recomputed whole every night at 02:30 and on
 * demand (HR, after a large import). A recompute is one transaction that replaces the table, so
 * a run on several instances, or a run after downtime, leaves the same answer; nothing is missed
 * because each run reads the whole ledger.
 */
@Singleton
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class CustomerLifecycle {

    private static final Logger LOG = Logger.getLogger(CustomerLifecycle.class.getName());

    /** What a recompute did. */
    public record Report(int customers, long durationMillis) {}

    @Inject
    private CustomerStages stages;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Report recompute() {
        long started = System.nanoTime();
        int customers = stages.recompute(Instant.now());
        Report report = new Report(customers, (System.nanoTime() - started) / 1_000_000);
        LOG.info(() -> "Customer lifecycle stages recomputed: " + report);
        return report;
    }

    @PermitAll
    @Schedule(hour = "2", minute = "30", persistent = false, info = "customer lifecycle stages")
    void nightly() {
        recompute();
    }
}
