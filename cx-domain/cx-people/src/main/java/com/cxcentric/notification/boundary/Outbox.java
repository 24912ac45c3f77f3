package com.cxcentric.notification.boundary;

import com.cxcentric.notification.control.MailDelivery;
import com.cxcentric.notification.entity.MailStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Mails the messages waiting in the outbox: right after a transaction that wrote messages commits,
 * and every minute for anything left (a refused attempt, a server that restarted). A round sends at
 * most {@link #ROUND} messages, each in its own transaction, and rounds follow each other until the
 * outbox is empty; rounds in one instance run one at a time, and instances never send the same
 * message twice (see {@link MailDelivery}). Without mail configured every waiting message is marked
 * portal-only in one statement.
 */
@Singleton
@PermitAll
@Lock(LockType.WRITE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Outbox {

    /** Messages per round; a large assignment is mailed over several rounds. */
    public static final int ROUND = 500;

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private MailDelivery delivery;

    @Inject
    private OutboxTrigger trigger;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "mail outbox")
    void everyMinute() {
        trigger.roundBegins();
        drain();
    }

    /** A round asked for by {@link OutboxTrigger} once messages were committed, in the background. */
    @Asynchronous
    public void drainSoon() {
        trigger.roundBegins();
        drain();
    }

    /**
     * Rounds until nothing is waiting, or until a round had a refusal (the SMTP server is in trouble:
     * the next minute retries, so attempts are spread out rather than spent at once).
     */
    void drain() {
        Map<MailStatus, Integer> round;
        do {
            round = sendPending();
        } while (round.values().stream().mapToInt(Integer::intValue).sum() == ROUND
                && !round.containsKey(MailStatus.PENDING)
                && !round.containsKey(MailStatus.FAILED));
    }

    /** One round: mails the oldest waiting messages; returns how many ended in each status. */
    public Map<MailStatus, Integer> sendPending() {
        Map<MailStatus, Integer> outcome = new EnumMap<>(MailStatus.class);
        if (!delivery.mailEnabled()) {
            int off = delivery.markAllOff();
            if (off > 0) {
                outcome.put(MailStatus.OFF, off);
            }
            return outcome;
        }
        List<Long> waiting = em.createQuery(
                        "SELECT n.id FROM Notification n WHERE n.mailStatus = com.cxcentric.notification.entity.MailStatus.PENDING"
                                + " ORDER BY n.id",
                        Long.class)
                .setMaxResults(ROUND)
                .getResultList();
        for (Long id : waiting) {
            outcome.merge(delivery.deliver(id), 1, Integer::sum);
        }
        if (!waiting.isEmpty()) {
            LOG.info(() -> "Outbox round: " + outcome);
        }
        return outcome;
    }
}
