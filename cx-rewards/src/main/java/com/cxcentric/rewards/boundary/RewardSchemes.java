package com.cxcentric.rewards.boundary;

import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.outcomes.entity.PersonMetric;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.control.Jdbc;
import com.cxcentric.rewards.control.SchemeBook;
import com.cxcentric.rewards.entity.Judging;
import com.cxcentric.rewards.entity.PeriodKind;
import com.cxcentric.rewards.entity.RewardScheme;
import com.cxcentric.rewards.entity.SchemeDefinition;
import com.cxcentric.rewards.entity.SchemePeriod;
import com.cxcentric.rewards.entity.SchemeRule;
import com.cxcentric.rewards.entity.SchemeTerms;
import com.cxcentric.security.entity.Role;
import com.cxcentric.segmentation.entity.Segment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The reward schemes HR defines: whom each covers, what outcome it rewards, by which rule and
 * how small samples are judged. A scheme is changed, paused or resumed, never deleted: the awards
 * of its evaluated periods keep the figures they were judged on.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class RewardSchemes {

    /** A scheme in the list, with whom it covers by name and its last evaluated period. */
    public record Summary(
            String code,
            String name,
            PersonMetric metric,
            SchemeRule rule,
            Judging judging,
            BigDecimal target,
            int minSample,
            long points,
            PeriodKind periodKind,
            String covers,
            boolean active,
            String lastPeriod,
            long lastAwards,
            long lastPoints) {}

    /** Something a scheme may cover: an org unit by code or a segment by id, with its name. */
    public record Choice(String key, String name) {}

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    @Inject
    private SchemeBook book;

    /** Every scheme, active ones first, with its last evaluated period. */
    @RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME, Role.EXECUTIVE_NAME})
    public List<Summary> all() {
        return em.createNamedQuery(RewardScheme.FIND_ALL, RewardScheme.class).getResultList().stream()
                .map(this::summary)
                .toList();
    }

    /** The org units a scheme may cover (with everything below them), by name. */
    public List<Choice> units() {
        return em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.name", OrgUnit.class).getResultList().stream()
                .map(u -> new Choice(u.getCode(), u.getName()))
                .toList();
    }

    /** The active segments a scheme may cover, by name. */
    public List<Choice> segments() {
        return em.createNamedQuery(Segment.FIND_ACTIVE, Segment.class).getResultList().stream()
                .map(s -> new Choice(String.valueOf(s.getId()), s.getName()))
                .toList();
    }

    /** A scheme as it was defined, to edit it. */
    public SchemeDefinition definition(String code) {
        RewardScheme scheme = book.find(code);
        SchemeTerms terms = scheme.terms();
        return new SchemeDefinition(
                scheme.getCode(),
                scheme.getName(),
                scheme.getDescription(),
                terms.metric(),
                terms.rule(),
                terms.judging(),
                terms.target(),
                terms.minSample(),
                terms.k() == null ? null : BigDecimal.valueOf(terms.k()),
                terms.points(),
                scheme.getPeriodKind(),
                scheme.firstPeriod().label(),
                scheme.getUnitId() == null
                        ? null
                        : em.find(OrgUnit.class, scheme.getUnitId()).getCode(),
                scheme.getSegmentId(),
                scheme.isExcludeSolicited(),
                scheme.getMaxPerCustomer(),
                scheme.isActive(),
                scheme.rewardKinds());
    }

    /**
     * Creates a scheme, or changes the one with this code; changes apply to periods not yet
     * evaluated.
     *
     * @throws RuleViolationException naming the field when the definition makes no scheme
     * @throws ConflictException when {@code create} and the code is taken
     */
    public String save(SchemeDefinition definition, boolean create) {
        String code = definition.code() == null ? "" : definition.code().trim().toUpperCase(Locale.ROOT);
        RewardScheme scheme;
        if (create) {
            if (!code.matches("[A-Z0-9_-]{1," + RewardScheme.CODE_LENGTH + "}")) {
                throw new RuleViolationException("code", "error.scheme.code", "A code of letters, digits, - and _");
            }
            if (book.existing(code) != null) {
                throw new ConflictException("code", "error.scheme.codeTaken", "Scheme " + code + " exists", code);
            }
            scheme = new RewardScheme(code);
        } else {
            scheme = book.find(code);
        }
        book.apply(scheme, definition);
        if (create) {
            em.persist(scheme);
        }
        em.flush();
        return scheme.getCode();
    }

    private Summary summary(RewardScheme scheme) {
        SchemeTerms terms = scheme.terms();
        String covers = null;
        if (scheme.getUnitId() != null) {
            covers = em.find(OrgUnit.class, scheme.getUnitId()).getName();
        }
        if (scheme.getSegmentId() != null) {
            String segment = em.find(Segment.class, scheme.getSegmentId()).getName();
            covers = covers == null ? segment : covers + " \u00B7 " + segment;
        }
        List<?> last = em.createNativeQuery("SELECT period_start, awards, points FROM reward_scheme_period"
                        + " WHERE scheme_id = ? ORDER BY period_start DESC")
                .setParameter(1, scheme.getId())
                .setMaxResults(1)
                .getResultList();
        String lastPeriod = null;
        long awards = 0;
        long points = 0;
        if (!last.isEmpty()) {
            Object[] row = (Object[]) last.get(0);
            lastPeriod = SchemePeriod.containing(scheme.getPeriodKind(), Jdbc.localDate(row[0]))
                    .label();
            awards = ((Number) row[1]).longValue();
            points = ((Number) row[2]).longValue();
        }
        return new Summary(
                scheme.getCode(),
                scheme.getName(),
                terms.metric(),
                terms.rule(),
                terms.judging(),
                terms.target(),
                terms.minSample(),
                terms.points(),
                scheme.getPeriodKind(),
                covers,
                scheme.isActive(),
                lastPeriod,
                awards,
                points);
    }
}
