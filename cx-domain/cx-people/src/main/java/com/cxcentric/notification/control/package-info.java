/**
 * Writing messages set-based, once per event, from any area's SQL; rendering them in a person's
 * language; delivering one message over SMTP in its own transaction.
 */
package com.cxcentric.notification.control;
