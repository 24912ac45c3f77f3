/**
 * Reward entities: the company values that peer recognition is tied to.
 * Knows the organization; never the training area.
 */
package com.cxcentric.rewards.entity;
