/**
 * Outcome use cases: ingesting customer feedback batches with their receipts, and reading the
 * exact metrics per employee, unit, segment, touchpoint and period. May not touch training or
 * rewards.
 */
package com.cxcentric.outcomes.boundary;
