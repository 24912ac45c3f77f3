/**
 * Messages to people about their work in CX Centric (training assigned, due soon, overdue, a
 * certification expiring, a refresher ready): one row per event and person, shown in the portal and
 * e-mailed when mail is configured. Any area writes them; the portal renders and mails them.
 */
package com.cxcentric.notification.entity;
