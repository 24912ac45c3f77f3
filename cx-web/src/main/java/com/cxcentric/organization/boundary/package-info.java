/**
 * Read use cases of the organization: the caller's own workplace (who I am, my unit, my lead, the
 * people I lead) and the directory with headcount figures. Writes come with the HR import.
 * May not touch training or rewards.
 */
package com.cxcentric.organization.boundary;
