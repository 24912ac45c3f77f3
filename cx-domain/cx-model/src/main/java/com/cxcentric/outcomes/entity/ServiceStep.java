package com.cxcentric.outcomes.entity;

import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Objects;

/**
 * A step of the service delivery process at a touchpoint ("call the customer back when promised"),
 * in order; a critical success point is a step where the customer's experience is won or lost.
 */
@Entity
@Table(name = "service_step")
@NamedQuery(
        name = ServiceStep.FIND_ALL,
        query = "SELECT s FROM ServiceStep s JOIN FETCH s.touchpoint t ORDER BY t.position, t.code, s.stepOrder")
public class ServiceStep extends AuditedEntity {

    public static final String FIND_ALL = "ServiceStep.findAll";
    public static final int NAME_LENGTH = 120;

    @Id
    @SequenceGenerator(name = "service_step_seq", sequenceName = "service_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_step_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "touchpoint_id", nullable = false)
    private Touchpoint touchpoint;

    @Column(name = "step_order", nullable = false)
    private int stepOrder;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "critical", nullable = false)
    private boolean critical;

    protected ServiceStep() {
        // for JPA
    }

    public ServiceStep(Touchpoint touchpoint, int order, String name, boolean critical) {
        this.touchpoint = Objects.requireNonNull(touchpoint, "touchpoint");
        change(order, name, critical);
    }

    public void change(int newOrder, String newName, boolean nowCritical) {
        this.stepOrder = newOrder;
        this.name = Objects.requireNonNull(newName, "name");
        this.critical = nowCritical;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Touchpoint getTouchpoint() {
        return touchpoint;
    }

    public int getStepOrder() {
        return stepOrder;
    }

    public String getName() {
        return name;
    }

    public boolean isCritical() {
        return critical;
    }
}
