package com.cxcentric.rewards.control;

import com.cxcentric.events.CertificationGranted;
import com.cxcentric.notification.control.NotificationWriter;
import com.cxcentric.notification.entity.NotificationKind;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.Jdbc;
import com.cxcentric.rewards.entity.Badge;
import com.cxcentric.rewards.entity.BadgeDefinition;
import com.cxcentric.rewards.entity.BadgeGrant;
import com.cxcentric.rewards.entity.BadgeRule;
import com.cxcentric.rewards.entity.RewardScheme;
import com.cxcentric.rewards.entity.SchemePeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Badges: their definitions, and granting them, by rule or by hand. Training's certifications
 * arrive as {@link CertificationGranted} events (rewards never asks training); a scheme's streak is
 * checked whenever one of its periods is granted, and over the periods already granted when a
 * streak badge is created. A person holds a badge once at a time: a grant is refused while an
 * earlier one still holds, under the badge's row lock.
 */
@ApplicationScoped
public class BadgeBook {

    static final String BY_RULE = "rule";

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private NotificationWriter notifications;

    public Badge find(String code) {
        Badge badge = existing(code);
        if (badge == null) {
            throw new ResourceNotFoundException("error.badge.unknown", "No badge " + code, code);
        }
        return badge;
    }

    public Badge existing(String code) {
        return em.createNamedQuery(Badge.FIND_BY_CODE, Badge.class)
                .setParameter("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /**
     * Creates or changes the badge of the definition's code; a new streak badge is granted at once
     * to those whose streak is behind them already.
     *
     * @throws RuleViolationException naming the field of the first thing that makes no badge
     */
    public Badge save(BadgeDefinition d, LocalDate today) {
        String code = d.code() == null ? "" : d.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_-]{1,40}")) {
            throw new RuleViolationException("code", "error.badge.code", "A code of 1 to 40 capitals, digits, - and _");
        }
        String name = text(d.name(), "name", Badge.NAME_LENGTH);
        String criteria = text(d.criteria(), "criteria", Badge.CRITERIA_LENGTH);
        if (!Badge.ICONS.contains(d.icon())) {
            throw new RuleViolationException("icon", "error.badge.icon", "One of " + Badge.ICONS, d.icon());
        }
        if (!Badge.COLOURS.contains(d.colour())) {
            throw new RuleViolationException("colour", "error.badge.colour", "One of " + Badge.COLOURS, d.colour());
        }
        if (d.rule() == null) {
            throw new RuleViolationException("rule", "error.badge.rule", "Say how the badge is earned");
        }
        if (d.rule() == BadgeRule.COURSE_CERTIFIED
                && (d.courseCode() == null || d.courseCode().isBlank())) {
            throw new RuleViolationException("courseCode", "error.badge.course", "Name the course it certifies");
        }
        if (d.rule() == BadgeRule.SCHEME_STREAK) {
            if (d.schemeCode() == null
                    || em.createNamedQuery(RewardScheme.FIND_BY_CODE, RewardScheme.class)
                            .setParameter("code", d.schemeCode().strip().toUpperCase(Locale.ROOT))
                            .getResultList()
                            .isEmpty()) {
                throw new RuleViolationException(
                        "schemeCode", "error.badge.scheme", "Name a reward scheme", String.valueOf(d.schemeCode()));
            }
            if (d.streak() == null || d.streak() < 1 || d.streak() > 24) {
                throw new RuleViolationException("streak", "error.badge.streak", "1 to 24 periods running", 24);
            }
        }
        if (d.validMonths() != null && (d.validMonths() < 1 || d.validMonths() > 120)) {
            throw new RuleViolationException("validMonths", "error.badge.valid", "1 to 120 months, or for good", 120);
        }
        Badge badge = existing(code);
        boolean created = badge == null;
        if (created) {
            badge = new Badge(code);
        }
        badge.define(
                name,
                criteria,
                d.icon(),
                d.colour(),
                d.rule(),
                d.courseCode() == null ? null : d.courseCode().strip().toUpperCase(Locale.ROOT),
                d.schemeCode() == null ? null : d.schemeCode().strip().toUpperCase(Locale.ROOT),
                d.streak(),
                d.validMonths(),
                d.active());
        if (created) {
            em.persist(badge);
        }
        em.flush();
        if (created && badge.getRule() == BadgeRule.SCHEME_STREAK) {
            catchUp(badge, today);
        }
        return badge;
    }

    /**
     * Grants the badge unless the person holds it on the day; tells them (copy to the lead).
     *
     * @return whether it was granted now
     */
    public boolean grant(Badge unlocked, long employeeId, LocalDate on, String by, String reason) {
        Badge badge = em.find(Badge.class, unlocked.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (holds(badge, employeeId, on)) {
            return false;
        }
        em.persist(new BadgeGrant(badge, employeeId, on, by, reason, Instant.now()));
        em.flush();
        notifications.write(
                NotificationKind.BADGE_GRANTED,
                "SELECT e.id, " + NotificationWriter.LEAD_OF_E
                        + ", NULL, CAST(? AS VARCHAR(200)), NULL, CONCAT(CAST(CAST(? AS BIGINT) AS VARCHAR(20)),"
                        + " CONCAT(':', CAST(? AS VARCHAR(10)))) FROM employee e WHERE e.id = CAST(? AS BIGINT)",
                List.of(badge.getName(), badge.getId(), on.toString(), employeeId),
                Instant.now());
        return true;
    }

    /** Whether a grant of the badge to the person holds on the day. */
    public boolean holds(Badge badge, long employeeId, LocalDate on) {
        return em.createQuery(
                                "SELECT COUNT(g) FROM BadgeGrant g WHERE g.badgeId = :badge AND g.employeeId = :person"
                                        + " AND g.grantedOn <= :on AND (g.expiresOn IS NULL OR g.expiresOn >= :on)",
                                Long.class)
                        .setParameter("badge", badge.getId())
                        .setParameter("person", employeeId)
                        .setParameter("on", on)
                        .getSingleResult()
                > 0;
    }

    /** Training certified someone: the starter curriculum's and that course's badges follow. */
    void onCertification(@Observes CertificationGranted certified) {
        for (Badge badge : active(BadgeRule.STARTER_CURRICULUM)) {
            if (certified.starterCurriculumCertified()) {
                grant(badge, certified.employeeId(), certified.certifiedOn(), BY_RULE, null);
            }
        }
        for (Badge badge : active(BadgeRule.COURSE_CERTIFIED)) {
            if (badge.getCourseCode().equals(certified.courseCode())) {
                grant(badge, certified.employeeId(), certified.certifiedOn(), BY_RULE, null);
            }
        }
    }

    /** A scheme's period was granted: those awarded in its last {@code streak} periods running earn the streak badges. */
    void afterPeriod(RewardScheme scheme, SchemePeriod period, LocalDate today) {
        for (Badge badge : active(BadgeRule.SCHEME_STREAK)) {
            if (badge.getSchemeCode().equals(scheme.getCode())) {
                streakEndingAt(badge, scheme, period).forEach(person -> grant(badge, person, today, BY_RULE, null));
            }
        }
    }

    private void catchUp(Badge badge, LocalDate today) {
        RewardScheme scheme = em.createNamedQuery(RewardScheme.FIND_BY_CODE, RewardScheme.class)
                .setParameter("code", badge.getSchemeCode())
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object> starts = em.createNativeQuery(
                        "SELECT period_start FROM reward_scheme_period WHERE scheme_id = ? ORDER BY period_start")
                .setParameter(1, scheme.getId())
                .getResultList();
        for (Object start : starts) {
            SchemePeriod period = new SchemePeriod(scheme.getPeriodKind(), Jdbc.localDate(start));
            streakEndingAt(badge, scheme, period).forEach(person -> grant(badge, person, today, BY_RULE, null));
        }
    }

    /** The people awarded by the scheme in each of the {@code streak} periods up to and including this one. */
    private List<Long> streakEndingAt(Badge badge, RewardScheme scheme, SchemePeriod last) {
        List<Date> starts = new ArrayList<>();
        SchemePeriod period = last;
        for (int i = 0; i < badge.getStreak(); i++) {
            starts.add(Date.valueOf(period.start()));
            period = period.previous();
        }
        var query = em.createNativeQuery("SELECT employee_id FROM reward_award WHERE scheme_id = ?"
                        + " AND period_start IN (" + Jdbc.marks(starts.size()) + ") GROUP BY employee_id"
                        + " HAVING COUNT(*) = ?")
                .setParameter(1, scheme.getId());
        for (int i = 0; i < starts.size(); i++) {
            query.setParameter(i + 2, starts.get(i));
        }
        query.setParameter(starts.size() + 2, starts.size());
        @SuppressWarnings("unchecked")
        List<Object> people = query.getResultList();
        return people.stream().map(p -> ((Number) p).longValue()).toList();
    }

    private List<Badge> active(BadgeRule rule) {
        return em.createNamedQuery(Badge.FIND_ACTIVE_BY_RULE, Badge.class)
                .setParameter("rule", rule)
                .getResultList();
    }

    private static String text(String value, String field, int length) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > length) {
            throw new RuleViolationException(
                    field, "error.badge." + field, "1 to " + length + " characters for the " + field, length);
        }
        return text;
    }
}
