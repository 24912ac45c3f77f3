package com.cxcentric.outcomes.entity;

/**
 * A record a batch refused: its position in the batch (0-based), its external id when it had one,
 * the property at fault (null for the record as a whole) and why, in English for API clients.
 */
public record FeedbackRejection(int index, String externalId, String field, String reason) {}
