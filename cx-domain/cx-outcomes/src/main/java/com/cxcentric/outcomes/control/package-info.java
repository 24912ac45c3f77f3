/**
 * Outcome helpers that join the caller's transaction: writing feedback records, their attributions
 * and the daily rollups set-based on the transaction's own connection, and reading metrics from
 * the rollups. No transaction or security annotations of their own; may not touch training or
 * rewards.
 */
package com.cxcentric.outcomes.control;
