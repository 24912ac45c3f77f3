package com.cxcentric.rollout;

/** A heatmap cell's colour: grey when it rests on too little data, never a colour then. */
public enum Rating {
    NO_DATA,
    BEHIND,
    CLOSE,
    ON_TARGET
}
