/** Rendering messages in a person's language, and delivering one message over SMTP in its own transaction. */
package com.cxcentric.notification.control;
