package com.cxcentric.rewards.control;

import com.cxcentric.organization.control.OrgTree;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.control.RecognitionViews.RecognitionView;
import com.cxcentric.rewards.entity.Reaction;
import com.cxcentric.rewards.entity.Recognition;
import com.cxcentric.rewards.entity.RecognitionComment;
import com.cxcentric.rewards.entity.RecognitionReport;
import com.cxcentric.rewards.entity.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The conversation around a recognition, in the caller's transaction: reactions (one of each per
 * person, adding or taking one back twice changes nothing), comments (once per key), reports for
 * HR (one per person, and the rule's flag), and HR's decision, which hides it from the feed or
 * keeps it. Whoever cannot see a recognition – a private one is for the people in it, their leads
 * and HR – is told it does not exist.
 */
@ApplicationScoped
public class FeedActivity {

    /** A comment as people read it. */
    public record CommentView(long id, String authorNumber, String authorName, String body, Instant at) {}

    /** A report waiting for HR or decided, with the recognition it is about. */
    public record ReportView(
            long id,
            RecognitionView recognition,
            String reporterName,
            String reason,
            ReportStatus status,
            Instant at,
            String decidedBy,
            String decisionNote,
            Instant decidedAt) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private OrgTree tree;

    @Inject
    private RecognitionViews views;

    /**
     * The recognition if the reader may see it.
     *
     * @throws ResourceNotFoundException when it does not exist or is not the reader's to see
     */
    public Recognition visible(long id, Caller reader) {
        Recognition recognition = em.find(Recognition.class, id);
        if (recognition == null || !maySee(recognition, reader)) {
            throw new ResourceNotFoundException("error.recognition.unknown", "No recognition " + id, id);
        }
        return recognition;
    }

    private boolean maySee(Recognition r, Caller reader) {
        if (reader.hr() || r.isPublicFeed() && r.getHiddenAt() == null) {
            return true;
        }
        Employee me = reader.employee();
        if (me == null) {
            return false;
        }
        if (me.getId().equals(r.getGiverId()) || r.getRecipientIds().contains(me.getId())) {
            return true;
        }
        Set<Long> led = tree.ledBy(me);
        return !led.isEmpty()
                && r.getRecipientIds().stream()
                        .map(id -> em.find(Employee.class, id))
                        .anyMatch(e -> e != null
                                && e.getOrgUnit() != null
                                && led.contains(e.getOrgUnit().getId()));
    }

    /** Adds or takes back the reader's reaction; doing either twice changes nothing. */
    public RecognitionView react(long id, Reaction reaction, boolean on, Caller reader) {
        Recognition recognition = visible(id, reader);
        long me = person(reader);
        if (on) {
            em.createNativeQuery("INSERT INTO recognition_reaction (recognition_id, employee_id, reaction, created_at)"
                            + " SELECT ?, ?, ?, ? FROM (VALUES (1)) v (x) WHERE NOT EXISTS (SELECT 1 FROM"
                            + " recognition_reaction WHERE recognition_id = ? AND employee_id = ? AND reaction = ?)")
                    .setParameter(1, id)
                    .setParameter(2, me)
                    .setParameter(3, reaction.name())
                    .setParameter(4, Timestamp.from(Instant.now()))
                    .setParameter(5, id)
                    .setParameter(6, me)
                    .setParameter(7, reaction.name())
                    .executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM recognition_reaction WHERE recognition_id = ? AND employee_id = ?"
                            + " AND reaction = ?")
                    .setParameter(1, id)
                    .setParameter(2, me)
                    .setParameter(3, reaction.name())
                    .executeUpdate();
        }
        return views.view(recognition, me);
    }

    /**
     * Comments on a recognition, once per key.
     *
     * @throws RuleViolationException on {@code idempotencyKey} or {@code body}
     */
    public CommentView comment(long id, String key, String body, Caller reader) {
        visible(id, reader);
        long me = person(reader);
        if (key == null || key.isBlank() || key.strip().length() > 100) {
            throw new RuleViolationException(
                    "idempotencyKey",
                    "error.comment.key",
                    "Every comment carries an idempotency key of 1 to 100 characters",
                    100);
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > RecognitionComment.BODY_LENGTH) {
            throw new RuleViolationException(
                    "body", "error.comment.body", "A comment of 1 to 500 characters", RecognitionComment.BODY_LENGTH);
        }
        String fullKey = "comment:" + key.strip();
        Optional<RecognitionComment> earlier = em.createNamedQuery(
                        RecognitionComment.FIND_BY_KEY, RecognitionComment.class)
                .setParameter("key", fullKey)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            return view(earlier.get());
        }
        var comment = new RecognitionComment(id, me, text, fullKey, Instant.now());
        em.persist(comment);
        em.flush();
        return view(comment);
    }

    /** The comments on a recognition the reader may see, oldest first. */
    public List<CommentView> comments(long id, Caller reader) {
        visible(id, reader);
        return em
                .createNamedQuery(RecognitionComment.FIND_OF, RecognitionComment.class)
                .setParameter("recognition", id)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    /** What a report made, and whether the reader had reported it already. */
    public record Reported(ReportView report, boolean repeated) {}

    /**
     * Reports a recognition for HR to review, once per person.
     *
     * @throws RuleViolationException on {@code reason} without one or one too long
     */
    public Reported report(long id, String reason, Caller reader) {
        visible(id, reader);
        long me = person(reader);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > RecognitionReport.TEXT_LENGTH) {
            throw new RuleViolationException(
                    "reason",
                    "error.report.reason",
                    "Say what is wrong with it, in 1 to 500 characters",
                    RecognitionReport.TEXT_LENGTH);
        }
        Optional<RecognitionReport> earlier = em.createQuery(
                        "SELECT r FROM RecognitionReport r WHERE r.recognitionId = :id AND r.reporterId = :me",
                        RecognitionReport.class)
                .setParameter("id", id)
                .setParameter("me", me)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            return new Reported(view(earlier.get()), true);
        }
        var report = new RecognitionReport(id, me, text, Instant.now());
        em.persist(report);
        em.flush();
        return new Reported(view(report), false);
    }

    /** The rule's flag: a recognition HR should look at, with why. */
    public void flag(long id, String reason, Instant at) {
        em.persist(new RecognitionReport(id, null, reason, at));
    }

    /** The reports of a status (all when null), open ones oldest first, decided ones newest first. */
    public Page<ReportView> reports(ReportStatus status, PageRequest page) {
        String where = status == null ? "" : " WHERE r.status = :status";
        String order =
                status == ReportStatus.OPEN ? " ORDER BY r.createdAt, r.id" : " ORDER BY r.createdAt DESC, r.id DESC";
        var query = em.createQuery("SELECT r FROM RecognitionReport r" + where + order, RecognitionReport.class);
        var count = em.createQuery("SELECT COUNT(r) FROM RecognitionReport r" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<ReportView> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(this::view)
                .toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /**
     * HR decides a report: hide the recognition from the feed, or keep it. Every open report of
     * the same recognition is decided with it; a decided one stays as it was.
     *
     * @throws ResourceNotFoundException for an unknown report
     */
    public ReportView decide(long reportId, boolean hide, String note, String by) {
        RecognitionReport report = em.find(RecognitionReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw new ResourceNotFoundException("error.report.unknown", "No report " + reportId, reportId);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > RecognitionReport.TEXT_LENGTH) {
            throw new RuleViolationException(
                    "note", "error.report.note", "A note of at most 500 characters", RecognitionReport.TEXT_LENGTH);
        }
        Instant now = Instant.now();
        ReportStatus outcome = hide ? ReportStatus.HIDDEN : ReportStatus.KEPT;
        if (report.getStatus() == ReportStatus.OPEN) {
            em.createQuery(
                            "SELECT r FROM RecognitionReport r WHERE r.recognitionId = :id AND r.status = :open",
                            RecognitionReport.class)
                    .setParameter("id", report.getRecognitionId())
                    .setParameter("open", ReportStatus.OPEN)
                    .getResultList()
                    .forEach(r -> r.decide(outcome, by, text, now));
            report.decide(outcome, by, text, now);
            if (hide) {
                em.find(Recognition.class, report.getRecognitionId()).hide(now);
            }
            em.flush();
        }
        return view(report);
    }

    private static long person(Caller reader) {
        if (reader.employee() == null) {
            throw new RuleViolationException(
                    null, "error.feed.noPerson", "Your account is linked to no employee, so it cannot take part");
        }
        return reader.employee().getId();
    }

    private CommentView view(RecognitionComment comment) {
        Employee author = em.find(Employee.class, comment.getAuthorId());
        return new CommentView(
                comment.getId(),
                author.getEmployeeNumber(),
                author.getDisplayName(),
                comment.getBody(),
                comment.getCreatedAt());
    }

    private ReportView view(RecognitionReport report) {
        Employee reporter = report.getReporterId() == null ? null : em.find(Employee.class, report.getReporterId());
        return new ReportView(
                report.getId(),
                views.view(em.find(Recognition.class, report.getRecognitionId())),
                reporter == null ? null : reporter.getDisplayName(),
                report.getReason(),
                report.getStatus(),
                report.getCreatedAt(),
                report.getDecidedBy(),
                report.getDecisionNote(),
                report.getDecidedAt());
    }
}
