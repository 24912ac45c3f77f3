/**
 * The CX vision rollout's entities and rules: the versioned vision with its service promise and
 * company values in each of the portal's languages, when acknowledgements are reminded and copied
 * to the lead, announcements, champions' ideas, action plans and maturity self-assessments. Knows
 * the organization and segments; never training or rewards, which name the company values from
 * here.
 */
package com.cxcentric.vision.entity;
