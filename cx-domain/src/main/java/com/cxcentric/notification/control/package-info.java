/** Writing messages set-based, once per event, from any area's SQL. */
package com.cxcentric.notification.control;
