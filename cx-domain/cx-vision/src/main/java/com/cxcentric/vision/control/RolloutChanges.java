package com.cxcentric.vision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

/** What moved in the rollout since a day: one count per kind of step, each a single query. */
@ApplicationScoped
public class RolloutChanges {

    /** The steps taken since {@code since}. */
    public record Changes(
            LocalDate since,
            long visionConfirmed,
            long announcementsConfirmed,
            long ideasRaised,
            long ideasAnswered,
            long plansCompleted,
            long plansSet,
            long assessments) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    public Changes since(LocalDate since, ZoneId zone) {
        Timestamp from = Timestamp.from(since.atStartOfDay(zone).toInstant());
        Date day = Date.valueOf(since);
        return new Changes(
                since,
                count("SELECT COUNT(*) FROM vision_acknowledgement WHERE acknowledged_at >= ?", from),
                count("SELECT COUNT(*) FROM announcement_recipient WHERE confirmed_at >= ?", from),
                count("SELECT COUNT(*) FROM improvement_idea WHERE raised_on >= ?", day),
                count("SELECT COUNT(*) FROM improvement_idea WHERE answered_on >= ?", day),
                count("SELECT COUNT(*) FROM action_plan WHERE completed_on >= ?", day),
                count("SELECT COUNT(*) FROM action_plan WHERE created_at >= ?", from),
                count("SELECT COUNT(*) FROM maturity_assessment WHERE assessed_on >= ?", day));
    }

    private long count(String sql, Object since) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, since).getSingleResult()).longValue();
    }
}
