package com.cxcentric.rewards.control;

import com.cxcentric.organization.entity.OrgUnit;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.rewards.entity.RewardScheme;
import com.cxcentric.rewards.entity.SchemeDefinition;
import com.cxcentric.rewards.entity.SchemePeriod;
import com.cxcentric.rewards.entity.SchemeTerms;
import com.cxcentric.segmentation.entity.Segment;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Finds reward schemes by code and turns what HR wrote into a scheme, refusing a definition that
 * makes no scheme with the field at fault.
 */
@Dependent
public class SchemeBook {

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    /**
     * A scheme not saved, made from a definition that passes every check of {@link boundary.RewardSchemes#save}, for a
     * preview of its awards before it is saved.
     */
    public RewardScheme unsaved(SchemeDefinition definition) {
        RewardScheme scheme = new RewardScheme("PREVIEW");
        apply(scheme, definition);
        return scheme;
    }

    public RewardScheme find(String code) {
        RewardScheme scheme = existing(code);
        if (scheme == null) {
            throw new ResourceNotFoundException("error.scheme.unknown", "No reward scheme " + code, code);
        }
        return scheme;
    }

    public RewardScheme existing(String code) {
        return em.createNamedQuery(RewardScheme.FIND_BY_CODE, RewardScheme.class)
                .setParameter("code", code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    public void apply(RewardScheme scheme, SchemeDefinition d) {
        String name = d.name() == null ? "" : d.name().trim();
        if (name.isEmpty() || name.length() > RewardScheme.NAME_LENGTH) {
            throw new RuleViolationException(
                    "name",
                    "error.scheme.name",
                    "A name of 1 to " + RewardScheme.NAME_LENGTH + " characters",
                    RewardScheme.NAME_LENGTH);
        }
        String description = d.description() == null || d.description().isBlank()
                ? null
                : d.description().trim();
        if (description != null && description.length() > RewardScheme.DESCRIPTION_LENGTH) {
            throw new RuleViolationException(
                    "description",
                    "error.scheme.description",
                    "At most " + RewardScheme.DESCRIPTION_LENGTH + " characters",
                    RewardScheme.DESCRIPTION_LENGTH);
        }
        SchemeTerms terms = new SchemeTerms(
                d.metric(),
                d.rule(),
                d.judging(),
                d.target(),
                d.minSample(),
                d.k() == null ? null : d.k().doubleValue(),
                d.points());
        SchemeTerms.Fault fault = terms.fault();
        if (fault != null) {
            throw new RuleViolationException(
                    fault.field(),
                    fault.messageKey(),
                    "The scheme's " + fault.field() + " does not fit its rule (" + fault.messageKey() + ")");
        }
        if (d.periodKind() == null) {
            throw new RuleViolationException("periodKind", "error.scheme.periodKind", "Month or quarter");
        }
        SchemePeriod first;
        try {
            first = SchemePeriod.parse(d.periodKind(), d.firstPeriod());
        } catch (IllegalArgumentException wrong) {
            throw new RuleViolationException(
                    "firstPeriod", "error.scheme.firstPeriod", wrong.getMessage(), String.valueOf(d.firstPeriod()));
        }
        Long unitId = null;
        if (d.unitCode() != null && !d.unitCode().isBlank()) {
            unitId = em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
                    .setParameter("code", d.unitCode().trim())
                    .getResultStream()
                    .findFirst()
                    .map(OrgUnit::getId)
                    .orElseThrow(() -> new RuleViolationException(
                            "unitCode", "error.scheme.unit", "No org unit " + d.unitCode(), d.unitCode()));
        }
        if (d.segmentId() != null && em.find(Segment.class, d.segmentId()) == null) {
            throw new RuleViolationException(
                    "segmentId", "error.scheme.segment", "No segment " + d.segmentId(), d.segmentId());
        }
        if (d.maxPerCustomer() != null && d.maxPerCustomer() < 1) {
            throw new RuleViolationException(
                    "maxPerCustomer", "error.scheme.maxPerCustomer", "At least one response per customer");
        }
        scheme.define(
                name,
                description,
                terms,
                first,
                unitId,
                d.segmentId(),
                d.excludeSolicited(),
                d.maxPerCustomer(),
                d.active(),
                d.rewardKinds());
    }
}
