/**
 * CDI helpers of the vision area, joining the caller's transaction (no transaction or security
 * annotations of their own): the acknowledgements and announcements written and chased
 * set-based, the champion roster (which grants champions sight of their department through
 * {@link com.cxcentric.access.UnitGrants}), who sees and runs which department, the values that
 * follow a published vision, the vision's own heatmap dimensions, the demo rollout. Never calls
 * training or rewards; their heatmap figures arrive through {@link com.cxcentric.rollout}.
 */
package com.cxcentric.vision.control;
