/**
 * Segment helpers that join the caller's transaction: the set-based membership recompute and the
 * rule preview, run as SQL on the transaction's own connection. No transaction or security
 * annotations of their own; may not touch training or rewards.
 */
package com.cxcentric.segmentation.control;
