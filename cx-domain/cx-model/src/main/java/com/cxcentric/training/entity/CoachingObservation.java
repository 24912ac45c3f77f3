package com.cxcentric.training.entity;

import com.cxcentric.organization.entity.Employee;
import com.cxcentric.platform.ConflictException;
import com.cxcentric.platform.RuleViolationException;
import com.cxcentric.platform.entity.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A lead watched one customer interaction of a person and ticked, behaviour by behaviour of the
 * checklist, what the person showed (Kirkpatrick level 3). Behaviours that did not come up are
 * not part of it. Written once; the counts are kept beside the checks for trends.
 */
@Entity
@Table(name = "coaching_observation")
public class CoachingObservation extends AuditedEntity {

    public static final int INTERACTION_LENGTH = 200;
    public static final int NOTE_LENGTH = 2000;
    /** How far back an observation may be recorded. */
    public static final int MAX_DAYS_BACK = 90;

    @Id
    @SequenceGenerator(
            name = "coaching_observation_seq",
            sequenceName = "coaching_observation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_observation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false, updatable = false)
    private Employee employee;

    @Column(name = "observer", nullable = false, length = 64, updatable = false)
    private String observer;

    @Column(name = "observer_name", nullable = false, length = 200, updatable = false)
    private String observerName;

    @Column(name = "observed_on", nullable = false, updatable = false)
    private LocalDate observedOn;

    @Column(name = "interaction", nullable = false, length = INTERACTION_LENGTH, updatable = false)
    private String interaction;

    @Column(name = "note", length = NOTE_LENGTH, updatable = false)
    private String note;

    @Column(name = "behaviours_met", nullable = false, updatable = false)
    private int behavioursMet;

    @Column(name = "behaviours_seen", nullable = false, updatable = false)
    private int behavioursSeen;

    @ElementCollection
    @CollectionTable(name = "coaching_check", joinColumns = @JoinColumn(name = "observation_id"))
    private List<CoachingCheck> checks = new ArrayList<>();

    protected CoachingObservation() {
        // for JPA
    }

    /**
     * @throws RuleViolationException naming the field: a day in the future or more than
     *     {@value #MAX_DAYS_BACK} days back, no interaction described, a text too long, no behaviour
     *     ticked, or one behaviour ticked twice
     */
    public CoachingObservation(
            Employee employee,
            String observer,
            String observerName,
            LocalDate observedOn,
            String interaction,
            String note,
            List<CoachingCheck> checks,
            LocalDate today) {
        Objects.requireNonNull(observedOn, "observedOn");
        if (observedOn.isAfter(today)) {
            throw new RuleViolationException(
                    "observedOn",
                    "error.coaching.future",
                    "The observation day " + observedOn + " is in the future",
                    observedOn);
        }
        if (observedOn.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw new RuleViolationException(
                    "observedOn",
                    "error.coaching.tooOld",
                    "The observation day " + observedOn + " is more than " + MAX_DAYS_BACK + " days back",
                    observedOn,
                    MAX_DAYS_BACK);
        }
        String described = interaction == null ? "" : interaction.strip();
        if (described.isEmpty()) {
            throw new RuleViolationException(
                    "interaction", "error.coaching.interactionRequired", "Describe the interaction observed");
        }
        if (described.length() > INTERACTION_LENGTH) {
            throw new RuleViolationException(
                    "interaction",
                    "error.coaching.interactionLength",
                    "The interaction is longer than " + INTERACTION_LENGTH + " characters",
                    INTERACTION_LENGTH);
        }
        String remark = note == null || note.isBlank() ? null : note.strip();
        if (remark != null && remark.length() > NOTE_LENGTH) {
            throw new RuleViolationException(
                    "note",
                    "error.coaching.noteLength",
                    "The note is longer than " + NOTE_LENGTH + " characters",
                    NOTE_LENGTH);
        }
        if (checks == null || checks.isEmpty()) {
            throw new RuleViolationException(
                    "checks", "error.coaching.nothingTicked", "Tick at least one behaviour as shown or not shown");
        }
        Set<String> seen = new HashSet<>();
        for (CoachingCheck check : checks) {
            if (!seen.add(check.getBehaviourCode())) {
                throw new ConflictException(
                        "checks",
                        "error.coaching.twice",
                        "Behaviour " + check.getBehaviourCode() + " is ticked twice",
                        check.getBehaviourCode());
            }
        }
        this.employee = Objects.requireNonNull(employee, "employee");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.observerName = Objects.requireNonNull(observerName, "observerName");
        this.observedOn = observedOn;
        this.interaction = described;
        this.note = remark;
        this.checks.addAll(checks);
        this.behavioursSeen = checks.size();
        this.behavioursMet =
                (int) checks.stream().filter(CoachingCheck::isShown).count();
    }

    /** Share of the ticked behaviours that were shown, 0 to 100, rounded half up. */
    public int shownPercent() {
        return TrainingFigures.percent(behavioursMet, behavioursSeen);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getObserver() {
        return observer;
    }

    public String getObserverName() {
        return observerName;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public String getInteraction() {
        return interaction;
    }

    public String getNote() {
        return note;
    }

    public int getBehavioursMet() {
        return behavioursMet;
    }

    public int getBehavioursSeen() {
        return behavioursSeen;
    }

    public List<CoachingCheck> getChecks() {
        return Collections.unmodifiableList(checks);
    }
}
