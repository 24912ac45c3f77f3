package com.cxcentric.outcomes.entity;

import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A service standard: a measurable target at a step of the delivery process ("call back within 30
 * minutes"). A measured value meets it when it is at most (or at least) the target, in the unit.
 * Retired standards keep their measurements but take no new ones.
 */
@Entity
@Table(name = "service_standard")
@NamedQuery(
        name = ServiceStandard.FIND_ALL,
        query = "SELECT s FROM ServiceStandard s JOIN FETCH s.step p JOIN FETCH p.touchpoint t"
                + " ORDER BY t.position, t.code, p.stepOrder, s.code")
public class ServiceStandard extends AuditedEntity {

    public static final String FIND_ALL = "ServiceStandard.findAll";
    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 160;

    /** The units a target may be in. */
    public enum Unit {
        MINUTES,
        HOURS,
        DAYS,
        PERCENT,
        COUNT
    }

    @Id
    @SequenceGenerator(name = "service_standard_seq", sequenceName = "service_standard_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_standard_seq")
    private Long id;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Column(name = "code", nullable = false, unique = true, length = CODE_LENGTH, updatable = false)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_id", nullable = false)
    private ServiceStep step;

    @Column(name = "comparison", nullable = false, length = 8)
    private String comparison;

    @Column(name = "target", nullable = false, precision = 12, scale = 2)
    private BigDecimal target;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 16)
    private Unit unit;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected ServiceStandard() {
        // for JPA
    }

    public ServiceStandard(String code, String name, ServiceStep step, boolean atMost, BigDecimal target, Unit unit) {
        this.code = Objects.requireNonNull(code, "code");
        change(name, step, atMost, target, unit, true);
    }

    public void change(
            String newName,
            ServiceStep newStep,
            boolean atMost,
            BigDecimal newTarget,
            Unit newUnit,
            boolean nowActive) {
        this.name = Objects.requireNonNull(newName, "name");
        this.step = Objects.requireNonNull(newStep, "step");
        this.comparison = atMost ? "AT_MOST" : "AT_LEAST";
        this.target = Objects.requireNonNull(newTarget, "target");
        this.unit = Objects.requireNonNull(newUnit, "unit");
        this.active = nowActive;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ServiceStep getStep() {
        return step;
    }

    public boolean isAtMost() {
        return "AT_MOST".equals(comparison);
    }

    public BigDecimal getTarget() {
        return target;
    }

    public Unit getUnit() {
        return unit;
    }

    public boolean isActive() {
        return active;
    }
}
