package com.cxcentric.training.boundary;

import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.segmentation.entity.Segment;
import com.cxcentric.training.control.AssignmentStore;
import com.cxcentric.training.control.RuleApplication;
import com.cxcentric.training.entity.Assignment;
import com.cxcentric.training.entity.Course;
import com.cxcentric.training.entity.TrainingRule;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Segment rules, kept by HR: "members of segment S get course C within N days of joining it". A new
 * rule reaches the segment's current members at once (due N days from today, so nobody is overdue
 * the day a rule appears) and then everyone who joins, as membership changes.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class TrainingRules {

    /** A new rule. */
    public record RuleRequest(
            Long segmentId, String courseCode, Integer withinDays, boolean mandatory, String message) {}

    /** A rule as HR sees it, with how many assignments it made so far. */
    public record RuleRow(
            long id,
            long segmentId,
            String segmentName,
            int segmentMembers,
            String courseCode,
            String courseTitle,
            int withinDays,
            boolean mandatory,
            String message,
            String createdBy,
            Instant createdAt,
            Instant endedAt,
            String endedBy,
            long assigned) {

        public boolean active() {
            return endedAt == null;
        }
    }

    /** What creating a rule did to the current members. */
    public record RuleOutcome(
            long ruleId, LocalDate dueOn, int targeted, int assigned, int alreadyAssigned, int alreadyCertified) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private RuleApplication application;

    @Inject
    private BusinessDay businessDay;

    @Resource
    private SessionContext context;

    /** Active rules first, then ended ones. */
    public List<RuleRow> rules() {
        List<TrainingRule> rules =
                em.createNamedQuery(TrainingRule.FIND_ALL, TrainingRule.class).getResultList();
        Map<Long, Long> assigned = new HashMap<>();
        em.createQuery(
                        "SELECT a.ruleId, COUNT(a) FROM Assignment a WHERE a.ruleId IS NOT NULL GROUP BY a.ruleId",
                        Object[].class)
                .getResultList()
                .forEach(row -> assigned.put((Long) row[0], (Long) row[1]));
        Map<String, String> titles = new HashMap<>();
        em.createNamedQuery(Course.FIND_CURRENT, Course.class)
                .getResultList()
                .forEach(c -> titles.putIfAbsent(c.getCode(), c.getTitle()));
        return rules.stream()
                .map(r -> new RuleRow(
                        r.getId(),
                        r.getSegment().getId(),
                        r.getSegment().getName(),
                        r.getSegment().getMemberCount(),
                        r.getCourseCode(),
                        titles.getOrDefault(r.getCourseCode(), r.getCourseCode()),
                        r.getWithinDays(),
                        r.isMandatory(),
                        r.getMessage(),
                        r.getCreatedBy(),
                        r.getCreatedAt(),
                        r.getEndedAt(),
                        r.getEndedBy(),
                        assigned.getOrDefault(r.getId(), 0L)))
                .toList();
    }

    /**
     * Creates a rule and assigns its course to the segment's current members.
     *
     * @throws RuleViolationException naming the field at fault (segment, course, withinDays, message),
     *     or "course" when the segment already has an active rule for that course
     */
    public RuleOutcome create(RuleRequest request) {
        Segment segment = request.segmentId() == null ? null : em.find(Segment.class, request.segmentId());
        if (segment == null || segment.isArchived()) {
            throw new RuleViolationException(
                    "segment", "error.rule.segment", "Choose an active segment", String.valueOf(request.segmentId()));
        }
        if (request.courseCode() == null || request.courseCode().isBlank()) {
            throw new RuleViolationException("course", "error.assignment.courseRequired", "Choose a course");
        }
        String code = request.courseCode().strip();
        if (em.createNamedQuery(Course.FIND_PUBLISHED_BY_CODE, Course.class)
                .setParameter("code", code)
                .getResultList()
                .isEmpty()) {
            throw new RuleViolationException(
                    "course", "error.assignment.courseNotPublished", "Course " + code + " is not published", code);
        }
        if (request.withinDays() == null) {
            throw new RuleViolationException(
                    "withinDays", "error.rule.days", "Days after joining must be 1 to 366", "");
        }
        String message = request.message() == null || request.message().isBlank()
                ? null
                : request.message().strip();
        if (message != null && message.length() > Assignment.MESSAGE_LENGTH) {
            throw new RuleViolationException(
                    "message", "error.assignment.messageLength", "The message is longer than 1000 characters");
        }
        // Two HR people creating the same rule at once: the segment lock makes the second see the first.
        em.lock(segment, LockModeType.PESSIMISTIC_WRITE);
        boolean duplicate = em.createNamedQuery(TrainingRule.FIND_ACTIVE_FOR_SEGMENT, TrainingRule.class)
                .setParameter("segment", segment.getId())
                .getResultStream()
                .anyMatch(r -> r.getCourseCode().equals(code));
        if (duplicate) {
            throw new ConflictException(
                    "course",
                    "error.rule.duplicate",
                    "Segment " + segment.getName() + " already has an active rule for " + code,
                    segment.getName(),
                    code);
        }
        TrainingRule rule = new TrainingRule(
                segment,
                code,
                request.withinDays(),
                request.mandatory(),
                message,
                context.getCallerPrincipal().getName());
        em.persist(rule);
        em.flush();
        LocalDate today = businessDay.today();
        AssignmentStore.Outcome outcome = application.applyToMembers(rule, today);
        return new RuleOutcome(
                rule.getId(),
                rule.dueFor(today, today),
                outcome.targeted(),
                outcome.assigned(),
                outcome.alreadyAssigned(),
                outcome.alreadyCertified());
    }

    /** Ends a rule: nobody new gets the course through it; what it assigned stays. */
    public void end(long ruleId) {
        TrainingRule rule = em.find(TrainingRule.class, ruleId);
        if (rule == null) {
            throw new ResourceNotFoundException("error.rule.unknown", "No rule " + ruleId, ruleId);
        }
        rule.end(context.getCallerPrincipal().getName(), Instant.now());
    }
}
