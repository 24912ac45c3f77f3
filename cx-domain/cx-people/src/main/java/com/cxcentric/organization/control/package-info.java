/**
 * Organization helpers that join the caller's transaction: walking the org unit tree, and the HR
 * import's parts (reading CSV, planning an import in pure Java, writing it set-based). No
 * transaction or security annotations of their own; may not touch training or rewards.
 */
package com.cxcentric.organization.control;
