/**
 * How the areas contribute to the CX rollout heatmap without knowing one another: each area that
 * owns a rollout dimension (the vision its acknowledgements, training its curriculum and coaching,
 * rewards its recognition, outcomes the change in customer scores) offers a CDI bean implementing
 * {@link com.cxcentric.rollout.RolloutContributor}, and the vision area's heatmap collects them
 * all. Contributors hand over additive counts per org unit; the heatmap folds them into its rows,
 * so every figure of a department or a team is computed from the same counts.
 */
package com.cxcentric.rollout;
