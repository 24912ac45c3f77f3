package com.cxcentric.vision.entity;

/** A vision version is edited as a draft and, once published, kept as it was. */
public enum VisionStatus {
    DRAFT,
    PUBLISHED
}
