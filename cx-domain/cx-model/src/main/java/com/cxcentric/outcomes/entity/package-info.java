/**
 * Measured customer outcomes: touchpoints, the feedback ledger with its attribution to employees,
 * ingestion receipts, the daily rollups and the exact metric arithmetic (docs/METRICS.md).
 * Entities and pure logic only; it knows nothing of training or rewards.
 */
package com.cxcentric.outcomes.entity;
