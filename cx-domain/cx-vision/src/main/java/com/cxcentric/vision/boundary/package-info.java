/**
 * Use cases of the CX vision rollout, one stateless EJB each, the only transaction boundary of the
 * vision area: the vision leadership publishes and employees acknowledge, the schedule that
 * chases them, announcements, customer champions and their ideas, action plans, maturity
 * self-assessments, the rollout heatmap, the company values. Never calls training or rewards.
 */
package com.cxcentric.vision.boundary;
