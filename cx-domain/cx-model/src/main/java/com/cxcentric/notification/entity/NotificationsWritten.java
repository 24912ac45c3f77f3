package com.cxcentric.notification.entity;

/**
 * Fired (as a CDI event, inside the writing transaction) when new messages were written, so the
 * outbox can mail them as soon as that transaction commits rather than on its next round.
 */
public record NotificationsWritten(NotificationKind kind, int count) {}
