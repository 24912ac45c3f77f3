/**
 * The organization as HR knows it: org units in a hierarchy and the employees placed in them.
 * Entities only; it knows nothing of accounts, training or rewards.
 */
package com.cxcentric.organization.entity;
