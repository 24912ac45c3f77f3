package com.cxcentric.web.api;

/** A code, a name and a description: how the API shows competencies and company values. */
public record ReferenceView(String code, String name, String description) {}
