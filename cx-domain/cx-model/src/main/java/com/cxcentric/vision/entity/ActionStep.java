package com.cxcentric.vision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** One sub-action of an action plan, done on a day or still to do. */
@Embeddable
public class ActionStep {

    public static final int TEXT_LENGTH = 300;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text", nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected ActionStep() {}

    public ActionStep(int position, String text, LocalDate doneOn) {
        this.position = position;
        this.text = Objects.requireNonNull(text, "text");
        this.doneOn = doneOn;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    void markDone(boolean done, LocalDate on) {
        if (done && doneOn == null) {
            doneOn = on;
        } else if (!done) {
            doneOn = null;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActionStep that
                && position == that.position
                && text.equals(that.text)
                && Objects.equals(doneOn, that.doneOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, text, doneOn);
    }
}
