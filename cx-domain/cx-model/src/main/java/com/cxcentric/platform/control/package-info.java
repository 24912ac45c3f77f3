/**
 * Technical helpers every area uses inside the caller's transaction: the business day, JDBC batches,
 * sequence ids, the daily job claim, planner statistics, and the Flyway migration at start-up.
 */
package com.cxcentric.platform.control;
