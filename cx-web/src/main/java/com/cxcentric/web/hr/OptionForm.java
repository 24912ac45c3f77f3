package com.cxcentric.web.hr;

import java.io.Serializable;

/** One option of the question being written. */
public final class OptionForm implements Serializable {
    private static final long serialVersionUID = 1L;
    String label;
    boolean correct;
    String explanation;

    OptionForm(String label, boolean correct, String explanation) {
        this.label = label;
        this.correct = correct;
        this.explanation = explanation;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isCorrect() {
        return correct;
    }

    public void setCorrect(boolean correct) {
        this.correct = correct;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
