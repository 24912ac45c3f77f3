/**
 * CDI helpers of the vision area, joining the caller's transaction (no transaction or security
 * annotations of their own): the acknowledgements written and chased set-based, the values that
 * follow a published vision, the vision's own heatmap dimension, the demo rollout. Never calls
 * training or rewards; their heatmap figures arrive through {@link com.cxcentric.rollout}.
 */
package com.cxcentric.vision.control;
