package com.cxcentric.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One behaviour ticked in an observation: shown or not shown, with the competency it belongs to. */
@Embeddable
public class CoachingCheck {

    @Column(name = "behaviour_code", nullable = false, length = Competency.CODE_LENGTH)
    private String behaviourCode;

    @Column(name = "competency_code", nullable = false, length = Competency.CODE_LENGTH)
    private String competencyCode;

    @Column(name = "shown", nullable = false)
    private boolean shown;

    protected CoachingCheck() {
        // for JPA
    }

    public CoachingCheck(String behaviourCode, String competencyCode, boolean shown) {
        this.behaviourCode = Objects.requireNonNull(behaviourCode, "behaviourCode");
        this.competencyCode = Objects.requireNonNull(competencyCode, "competencyCode");
        this.shown = shown;
    }

    public String getBehaviourCode() {
        return behaviourCode;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public boolean isShown() {
        return shown;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoachingCheck that
                && behaviourCode.equals(that.behaviourCode)
                && competencyCode.equals(that.competencyCode)
                && shown == that.shown;
    }

    @Override
    public int hashCode() {
        return Objects.hash(behaviourCode, competencyCode, shown);
    }
}
