package com.cxcentric.rewards.entity;

/** How a colleague reacts to a recognition in the feed; one of each per person. */
public enum Reaction {
    APPLAUSE,
    HEART,
    INSPIRED
}
