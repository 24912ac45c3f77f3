package com.cxcentric.notification.entity;

/** Where a message stands as an e-mail; the portal shows it whatever this says. */
public enum MailStatus {
    /** Waiting for the outbox. */
    PENDING,
    SENT,
    /** The SMTP server refused or was unreachable on every attempt. */
    FAILED,
    /** Mail is not configured: the message is in the portal only. */
    OFF,
    /** The person has no e-mail address on record. */
    NO_ADDRESS;

    public boolean isFinal() {
        return this != PENDING;
    }
}
