package com.cxcentric.training.entity;

import com.cxcentric.platform.entity.CatalogEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One line of the coaching checklist: a behaviour a lead can see in a customer interaction, for
 * example "asked a gap-finding question", and the competency it shows. Retired, never deleted.
 */
@Entity
@Table(name = "coaching_behaviour")
@NamedQuery(
        name = CoachingBehaviour.FIND_ACTIVE,
        query = "SELECT b FROM CoachingBehaviour b WHERE b.active = TRUE ORDER BY b.position, b.code")
@NamedQuery(name = CoachingBehaviour.FIND_BY_CODE, query = "SELECT b FROM CoachingBehaviour b WHERE b.code = :code")
public class CoachingBehaviour extends CatalogEntry {

    public static final String FIND_ACTIVE = "CoachingBehaviour.findActive";
    public static final String FIND_BY_CODE = "CoachingBehaviour.findByCode";

    @Id
    @SequenceGenerator(name = "coaching_behaviour_seq", sequenceName = "coaching_behaviour_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_behaviour_seq")
    private Long id;

    @Column(name = "competency_code", nullable = false, length = CODE_LENGTH)
    private String competencyCode;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected CoachingBehaviour() {
        // for JPA
    }

    public CoachingBehaviour(String code, String name, String description, int position, String competencyCode) {
        super(code, name, description, position);
        this.competencyCode = Objects.requireNonNull(competencyCode, "competencyCode");
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public boolean isActive() {
        return active;
    }

    /** Takes the behaviour off the checklist; observations that ticked it keep it. */
    public void retire() {
        active = false;
    }
}
