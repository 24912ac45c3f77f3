/**
 * Messages in the portal (each person's inbox, with copies a team lead received) and by e-mail
 * (the outbox that mails what any area wrote, right after it commits and every minute after).
 */
package com.cxcentric.notification.boundary;
