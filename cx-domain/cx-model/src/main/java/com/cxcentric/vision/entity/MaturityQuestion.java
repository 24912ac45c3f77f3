package com.cxcentric.vision.entity;

import java.util.Arrays;
import java.util.List;

/**
 * The questionnaire: two statements for each of the model's six competencies, each answered from 1
 * (not at all: investigating) to 5 (how we work: embedded). The statements' texts are in the
 * portal's message bundle ({@code MaturityQuestion.<code>}).
 */
public enum MaturityQuestion {
    LEAD_1(Competency.LEAD),
    LEAD_2(Competency.LEAD),
    REALIZE_1(Competency.REALIZE),
    REALIZE_2(Competency.REALIZE),
    ACTIVATE_1(Competency.ACTIVATE),
    ACTIVATE_2(Competency.ACTIVATE),
    DISRUPT_1(Competency.DISRUPT),
    DISRUPT_2(Competency.DISRUPT),
    ENLIGHTEN_1(Competency.ENLIGHTEN),
    ENLIGHTEN_2(Competency.ENLIGHTEN),
    RESPOND_1(Competency.RESPOND),
    RESPOND_2(Competency.RESPOND);

    /** The six competencies of the model. */
    public enum Competency {
        LEAD,
        REALIZE,
        ACTIVATE,
        DISRUPT,
        ENLIGHTEN,
        RESPOND;

        public List<MaturityQuestion> questions() {
            return Arrays.stream(MaturityQuestion.values())
                    .filter(q -> q.competency == this)
                    .toList();
        }
    }

    private final Competency competency;

    MaturityQuestion(Competency competency) {
        this.competency = competency;
    }

    public Competency competency() {
        return competency;
    }
}
