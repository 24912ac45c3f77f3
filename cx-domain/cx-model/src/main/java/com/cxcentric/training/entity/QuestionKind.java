package com.cxcentric.training.entity;

/** How a quiz question is answered. */
public enum QuestionKind {
    /** Exactly one option is right. */
    SINGLE,
    /** One or more options are right; the answer counts when exactly those are chosen. */
    MULTIPLE,
    /** A customer situation, then one right reply among the options. */
    SCENARIO;

    /** Whether a person picks one option (radio buttons) rather than several (check boxes). */
    public boolean singleAnswer() {
        return this != MULTIPLE;
    }
}
