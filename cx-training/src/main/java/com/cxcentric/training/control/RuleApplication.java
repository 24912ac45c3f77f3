package com.cxcentric.training.control;

import com.cxcentric.segmentation.entity.SegmentMembershipChanged;
import com.cxcentric.training.entity.AssignmentSource;
import com.cxcentric.training.entity.CertificationState;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.TrainingRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies segment rules: to a segment's current members when a rule is created, and to the people
 * who joined a segment whenever its membership is recomputed (an import, an edit of the segment,
 * the hourly recompute), in the recompute's own transaction so that membership and assignments
 * never disagree. Applying twice assigns nobody twice (the assignment store skips open
 * assignments and valid certifications).
 */
@ApplicationScoped
public class RuleApplication {

    private static final Logger LOG = Logger.getLogger(RuleApplication.class.getName());

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private AssignmentStore store;

    @Inject
    @ConfigProperty(name = "cx.training.expiring-days", defaultValue = "" + CertificationState.DEFAULT_WINDOW_DAYS)
    int expiringDays;

    /** Assigns the rule's course to the segment's current members, due N days from {@code today}. */
    public AssignmentStore.Outcome applyToMembers(TrainingRule rule, LocalDate today) {
        return apply(
                rule, new AssignmentStore.SegmentMembers(rule.getSegment().getId()), rule.dueFor(today, today), today);
    }

    void onMembershipChanged(@Observes SegmentMembershipChanged change) {
        if (change.joined() == 0) {
            return;
        }
        for (TrainingRule rule : em.createNamedQuery(TrainingRule.FIND_ACTIVE_FOR_SEGMENT, TrainingRule.class)
                .setParameter("segment", change.segmentId())
                .getResultList()) {
            AssignmentStore.Outcome outcome = apply(
                    rule,
                    new AssignmentStore.SegmentJoiners(change.segmentId(), change.day()),
                    rule.dueFor(change.day(), change.day()),
                    change.day());
            if (outcome.assigned() > 0) {
                LOG.info(() -> "Rule " + rule.getId() + " assigned " + rule.getCourseCode() + " to "
                        + outcome.assigned() + " people who joined segment " + change.segmentId());
            }
        }
    }

    private AssignmentStore.Outcome apply(
            TrainingRule rule, AssignmentStore.Target target, LocalDate dueOn, LocalDate today) {
        Optional<Course> course = em.createNamedQuery(Course.FIND_PUBLISHED_BY_CODE, Course.class)
                .setParameter("code", rule.getCourseCode())
                .getResultStream()
                .findFirst();
        if (course.isEmpty()) {
            LOG.warning(() ->
                    "Rule " + rule.getId() + " skipped: course " + rule.getCourseCode() + " has no published revision");
            return new AssignmentStore.Outcome(0, 0, 0, 0);
        }
        return store.assign(
                new AssignmentStore.Order(
                        course.get(),
                        AssignmentSource.RULE,
                        rule.getCreatedBy(),
                        Instant.now(),
                        dueOn,
                        rule.isMandatory(),
                        rule.getMessage(),
                        rule.getId(),
                        true),
                target,
                null,
                today.plusDays(expiringDays));
    }
}
