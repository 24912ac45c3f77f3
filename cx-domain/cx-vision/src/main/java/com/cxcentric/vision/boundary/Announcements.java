package com.cxcentric.vision.boundary;

import com.cxcentric.organization.control.Accounts;
import com.cxcentric.organization.entity.Employee;
import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.Page;
import com.cxcentric.platform.PageRequest;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.control.BusinessDay;
import com.cxcentric.security.entity.Role;
import com.cxcentric.segmentation.entity.Segment;
import com.cxcentric.vision.control.Announcing;
import com.cxcentric.vision.control.Announcing.Copy;
import com.cxcentric.vision.control.Announcing.Reach;
import com.cxcentric.vision.entity.Announcement;
import com.cxcentric.vision.entity.Audience;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Announcements from leadership or HR to the company, a unit or a segment: published once, each
 * person of the audience told; reading them marks them seen, and those that ask for it are
 * confirmed one by one. The publishers see how far each got.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.TEAM_LEAD_NAME, Role.EMPLOYEE_NAME, Role.EXECUTIVE_NAME})
public class Announcements {

    /** What to publish: {@code unitCode} for a unit, {@code segmentId} for a segment. */
    public record NewAnnouncement(
            String title, String body, Audience audience, String unitCode, Long segmentId, boolean confirmRequested) {}

    /** An announcement as its reader sees it, with their copy. */
    public record Mine(
            long id,
            String title,
            String body,
            LocalDate publishedOn,
            String publishedBy,
            boolean confirmRequested,
            Instant seenAt,
            Instant confirmedAt) {}

    /** An announcement as its publishers see it, with how far it got. */
    public record Published(
            long id,
            String title,
            String body,
            Audience audience,
            String audienceName,
            boolean confirmRequested,
            LocalDate publishedOn,
            String publishedBy,
            Reach reach) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Accounts accounts;

    @Inject
    private Announcing announcing;

    @Inject
    private BusinessDay businessDay;

    /**
     * Publishes an announcement and delivers it to every current person of its audience at once;
     * 404 for an unknown unit or segment, 422 naming the field at fault.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    public Published publish(NewAnnouncement announcement) {
        OrgUnit unit = null;
        Segment segment = null;
        if (announcement.audience() == Audience.UNIT && announcement.unitCode() != null) {
            unit = em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                    .setParameter("code", announcement.unitCode())
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new ResourceNotFoundException(
                            "error.unit.unknown", "No org unit " + announcement.unitCode(), announcement.unitCode()));
        }
        if (announcement.audience() == Audience.SEGMENT && announcement.segmentId() != null) {
            segment = em.find(Segment.class, announcement.segmentId());
            if (segment == null) {
                throw new ResourceNotFoundException(
                        "error.segment.unknown",
                        "No segment with id " + announcement.segmentId(),
                        announcement.segmentId());
            }
        }
        Announcement published = Announcement.publish(
                announcement.title(),
                announcement.body(),
                announcement.audience(),
                unit,
                segment,
                announcement.confirmRequested(),
                context.getCallerPrincipal().getName(),
                businessDay.today());
        em.persist(published);
        announcing.deliver(published);
        return published(published);
    }

    /** Every announcement, newest first, with how far it got. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    public Page<Published> published(PageRequest page) {
        List<Published> items = em
                .createQuery("SELECT a FROM Announcement a ORDER BY a.publishedOn DESC, a.id DESC", Announcement.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList()
                .stream()
                .map(this::published)
                .toList();
        long total = em.createQuery("SELECT COUNT(a) FROM Announcement a", Long.class)
                .getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** One announcement with how far it got; 404 for an unknown one. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    public Published published(long id) {
        Announcement announcement = em.find(Announcement.class, id);
        if (announcement == null) {
            throw new ResourceNotFoundException("error.announcement.none", "There is no announcement " + id, id);
        }
        return published(announcement);
    }

    /**
     * The announcements that went to the caller, newest first; reading them counts as having seen
     * them. Empty for an account linked to no employee.
     */
    public Page<Mine> mine(PageRequest page) {
        Employee me =
                accounts.employeeOf(context.getCallerPrincipal().getName()).orElse(null);
        if (me == null) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<Long> ids = em
                .createNativeQuery(
                        "SELECT a.id FROM announcement a JOIN announcement_recipient r"
                                + " ON r.announcement_id = a.id WHERE r.employee_id = ? ORDER BY a.published_on DESC, a.id DESC")
                .setParameter(1, me.getId())
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
        List<Announcement> found = ids.isEmpty()
                ? List.of()
                : em.createQuery(
                                "SELECT a FROM Announcement a WHERE a.id IN :ids ORDER BY a.publishedOn DESC, a.id DESC",
                                Announcement.class)
                        .setParameter("ids", ids)
                        .getResultList();
        announcing.seen(found.stream().map(Announcement::getId).toList(), me.getId(), Instant.now());
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM announcement_recipient WHERE employee_id = ?")
                        .setParameter(1, me.getId())
                        .getSingleResult())
                .longValue();
        return new Page<>(
                found.stream()
                        .map(a -> mine(a, announcing.copy(a.getId(), me.getId())))
                        .toList(),
                page.page(),
                page.size(),
                total);
    }

    /**
     * The caller confirms they read the announcement; again changes nothing. 404 when it did not go
     * to them, 409 when it asks for no confirmation.
     */
    public Mine confirm(long id) {
        Employee me = accounts.linkedEmployee(context.getCallerPrincipal().getName());
        Announcement announcement = em.find(Announcement.class, id);
        Copy copy = announcement == null ? null : announcing.copy(id, me.getId());
        if (copy == null) {
            throw new ResourceNotFoundException(
                    "error.announcement.unknown", "No announcement " + id + " went to you", id);
        }
        if (!announcement.isConfirmRequested()) {
            throw new ConflictException(
                    "id",
                    "error.announcement.noConfirmation",
                    "Announcement " + id + " asks for no confirmation",
                    announcement.getTitle());
        }
        announcing.confirm(id, me.getId(), Instant.now());
        return mine(announcement, announcing.copy(id, me.getId()));
    }

    private Published published(Announcement a) {
        String audienceName =
                switch (a.getAudience()) {
                    case COMPANY -> null;
                    case UNIT -> a.getUnit().getName();
                    case SEGMENT -> a.getSegment().getName();
                };
        return new Published(
                a.getId(),
                a.getTitle(),
                a.getBody(),
                a.getAudience(),
                audienceName,
                a.isConfirmRequested(),
                a.getPublishedOn(),
                a.getPublishedBy(),
                announcing.reach(a.getId()));
    }

    private static Mine mine(Announcement a, Copy copy) {
        return new Mine(
                a.getId(),
                a.getTitle(),
                a.getBody(),
                a.getPublishedOn(),
                a.getPublishedBy(),
                a.isConfirmRequested(),
                copy == null ? null : copy.seenAt(),
                copy == null ? null : copy.confirmedAt());
    }
}
