/**
 * Use cases of the organization: the caller's own workplace (who I am, my unit, my lead, the
 * people I lead), the directory with headcount figures, and the HR import that writes it.
 * May not touch training or rewards.
 */
package com.cxcentric.organization.boundary;
