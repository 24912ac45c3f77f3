package com.cxcentric.outcomes.boundary;

import com.cxcentric.outcomes.entity.Channel;
import com.cxcentric.outcomes.entity.ServiceStandard;
import com.cxcentric.outcomes.entity.ServiceStep;
import com.cxcentric.outcomes.entity.Touchpoint;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.ResourceNotFoundException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.entity.AuditedEntity;
import com.cxcentric.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The touchpoints customers meet the company at, and at each the service delivery process: its
 * steps (some critical success points) and their service standards with measurable targets. HR
 * edits them; nothing is ever deleted (a retired touchpoint or standard keeps its history and takes
 * no new records), so every stored record keeps what it referred to.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.HR_NAME})
public class ServiceCatalog {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** A touchpoint as HR edits it. */
    public record TouchpointView(
            long id, long version, String code, String name, Channel channel, int position, boolean active) {

        static TouchpointView of(Touchpoint t) {
            return new TouchpointView(
                    t.getId(), t.getVersion(), t.getCode(), t.getName(), t.getChannel(), t.getPosition(), t.isActive());
        }
    }

    /** A step of a touchpoint's process. */
    public record StepView(long id, long version, String touchpoint, int order, String name, boolean critical) {

        static StepView of(ServiceStep s) {
            return new StepView(
                    s.getId(),
                    s.getVersion(),
                    s.getTouchpoint().getCode(),
                    s.getStepOrder(),
                    s.getName(),
                    s.isCritical());
        }
    }

    /** A standard with the step and touchpoint it belongs to. */
    public record StandardView(
            long id,
            long version,
            String code,
            String name,
            long stepId,
            String stepName,
            String touchpoint,
            boolean atMost,
            BigDecimal target,
            ServiceStandard.Unit unit,
            boolean active) {

        static StandardView of(ServiceStandard s) {
            return new StandardView(
                    s.getId(),
                    s.getVersion(),
                    s.getCode(),
                    s.getName(),
                    s.getStep().getId(),
                    s.getStep().getName(),
                    s.getStep().getTouchpoint().getCode(),
                    s.isAtMost(),
                    s.getTarget(),
                    s.getUnit(),
                    s.isActive());
        }
    }

    @PersistenceContext(unitName = "cx")
    private EntityManager em;

    public List<TouchpointView> touchpoints() {
        return em.createNamedQuery(Touchpoint.FIND_ALL, Touchpoint.class)
                .getResultStream()
                .map(TouchpointView::of)
                .toList();
    }

    public List<StepView> steps() {
        return em.createNamedQuery(ServiceStep.FIND_ALL, ServiceStep.class)
                .getResultStream()
                .map(StepView::of)
                .toList();
    }

    public List<StandardView> standards() {
        return em.createNamedQuery(ServiceStandard.FIND_ALL, ServiceStandard.class)
                .getResultStream()
                .map(StandardView::of)
                .toList();
    }

    /**
     * Adds a touchpoint (id null) or changes one; the code of an existing one never changes.
     *
     * @throws RuleViolationException for a code or name that breaks the rules, a code in use, or a stale version
     */
    public TouchpointView saveTouchpoint(
            Long id, long version, String code, String name, Channel channel, int position, boolean active) {
        String cleanName = name(name, Touchpoint.NAME_LENGTH);
        if (channel == null) {
            throw new RuleViolationException("channel", "error.catalog.channel", "Choose the channel");
        }
        Touchpoint touchpoint;
        if (id == null) {
            String cleanCode = code(code);
            if (!em.createQuery("SELECT t FROM Touchpoint t WHERE t.code = :code", Touchpoint.class)
                    .setParameter("code", cleanCode)
                    .getResultList()
                    .isEmpty()) {
                throw new ConflictException(
                        "code", "error.catalog.codeTaken", "The code " + cleanCode + " is in use", cleanCode);
            }
            touchpoint = new Touchpoint(cleanCode, cleanName, channel, position);
            touchpoint.change(cleanName, channel, position, active);
            em.persist(touchpoint);
        } else {
            touchpoint = current(Touchpoint.class, id, version);
            touchpoint.change(cleanName, channel, position, active);
        }
        em.flush();
        return TouchpointView.of(touchpoint);
    }

    /**
     * Adds a step to a touchpoint's process (id null) or changes one.
     *
     * @throws RuleViolationException for an empty name, an order already taken at the touchpoint, or a stale version
     */
    public StepView saveStep(Long id, long version, String touchpointCode, int order, String name, boolean critical) {
        String cleanName = name(name, ServiceStep.NAME_LENGTH);
        if (order < 1) {
            throw new RuleViolationException("order", "error.catalog.order", "The order starts at 1", order);
        }
        ServiceStep step;
        if (id == null) {
            Touchpoint touchpoint = em.createQuery("SELECT t FROM Touchpoint t WHERE t.code = :code", Touchpoint.class)
                    .setParameter("code", touchpointCode)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new RuleViolationException(
                            "touchpoint", "error.catalog.touchpoint", "Choose the touchpoint"));
            step = new ServiceStep(touchpoint, order, cleanName, critical);
            orderFree(touchpoint, order, null);
            em.persist(step);
        } else {
            step = current(ServiceStep.class, id, version);
            orderFree(step.getTouchpoint(), order, step.getId());
            step.change(order, cleanName, critical);
        }
        em.flush();
        return StepView.of(step);
    }

    /**
     * Adds a standard (id null) or changes one; its code never changes.
     *
     * @throws RuleViolationException for a code, name or target that breaks the rules, a code in
     *     use, an unknown step, or a stale version
     */
    public StandardView saveStandard(
            Long id,
            long version,
            String code,
            String name,
            Long stepId,
            boolean atMost,
            BigDecimal target,
            ServiceStandard.Unit unit,
            boolean active) {
        String cleanName = name(name, ServiceStandard.NAME_LENGTH);
        ServiceStep step = stepId == null ? null : em.find(ServiceStep.class, stepId);
        if (step == null) {
            throw new RuleViolationException("step", "error.catalog.step", "Choose the step the standard belongs to");
        }
        if (target == null || target.scale() > 2 || target.abs().compareTo(BigDecimal.valueOf(9_999_999_999L)) > 0) {
            throw new RuleViolationException(
                    "target", "error.catalog.target", "The target is a number with at most 2 decimals", target);
        }
        if (unit == null) {
            throw new RuleViolationException("unit", "error.catalog.unit", "Choose the unit of the target");
        }
        ServiceStandard standard;
        if (id == null) {
            String cleanCode = code(code);
            if (!em.createQuery("SELECT s FROM ServiceStandard s WHERE s.code = :code", ServiceStandard.class)
                    .setParameter("code", cleanCode)
                    .getResultList()
                    .isEmpty()) {
                throw new ConflictException(
                        "code", "error.catalog.codeTaken", "The code " + cleanCode + " is in use", cleanCode);
            }
            standard = new ServiceStandard(cleanCode, cleanName, step, atMost, target, unit);
            standard.change(cleanName, step, atMost, target, unit, active);
            em.persist(standard);
        } else {
            standard = current(ServiceStandard.class, id, version);
            standard.change(cleanName, step, atMost, target, unit, active);
        }
        em.flush();
        return StandardView.of(standard);
    }

    private void orderFree(Touchpoint touchpoint, int order, Long self) {
        boolean taken = em.createQuery(
                        "SELECT s FROM ServiceStep s WHERE s.touchpoint = :t AND s.stepOrder = :order",
                        ServiceStep.class)
                .setParameter("t", touchpoint)
                .setParameter("order", order)
                .getResultStream()
                .anyMatch(s -> !s.getId().equals(self));
        if (taken) {
            throw new ConflictException(
                    "order",
                    "error.catalog.orderTaken",
                    "Step " + order + " of " + touchpoint.getCode() + " exists already",
                    order,
                    touchpoint.getCode());
        }
    }

    private <T extends AuditedEntity> T current(Class<T> type, long id, long version) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw new ResourceNotFoundException("error.catalog.unknown", "No " + type.getSimpleName() + " " + id, id);
        }
        if (entity.getVersion() != version) {
            throw new ConflictException(
                    null, "error.catalog.stale", "Someone changed it meanwhile; reload and edit again");
        }
        return entity;
    }

    private static String code(String code) {
        String clean = code == null ? "" : code.strip();
        if (!CODE.matcher(clean).matches()) {
            throw new RuleViolationException(
                    "code",
                    "error.catalog.code",
                    "The code is 2 to 40 capital letters, digits and _, starting with a letter, was '" + clean + "'",
                    clean);
        }
        return clean;
    }

    private static String name(String name, int maxLength) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > maxLength) {
            throw new RuleViolationException(
                    "name",
                    "error.catalog.name",
                    "The name is required, at most " + maxLength + " characters",
                    maxLength);
        }
        return clean;
    }
}
