package com.cxcentric.notification.boundary;

import com.cxcentric.notification.entity.NotificationsWritten;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks the {@link Outbox} for a round soon after a transaction that wrote messages commits. Many
 * commits in a moment (a busy recognition feed) ask for one round, not one each: while a round is
 * asked for and has not begun, it will find their messages too. Kept apart from the outbox so that
 * a committing request never waits for the outbox's lock while a round is mailing.
 */
@ApplicationScoped
public class OutboxTrigger {

    private final AtomicBoolean asked = new AtomicBoolean();

    @Inject
    private Outbox outbox;

    void afterWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsWritten written) {
        if (asked.compareAndSet(false, true)) {
            outbox.drainSoon();
        }
    }

    /** The asked-for round begins: messages committed from now on ask for the next one. */
    public void roundBegins() {
        asked.set(false);
    }
}
