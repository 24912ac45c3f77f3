/**
 * Training entities: the competency framework that courses teach and segments need.
 * Knows the organization; never the rewards area.
 */
package com.cxcentric.training.entity;
