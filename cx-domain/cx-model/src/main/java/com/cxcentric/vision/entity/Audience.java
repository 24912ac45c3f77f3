package com.cxcentric.vision.entity;

/** Who an announcement goes to: everyone working here, a unit with the units below it, or a segment's members. */
public enum Audience {
    COMPANY,
    UNIT,
    SEGMENT
}
