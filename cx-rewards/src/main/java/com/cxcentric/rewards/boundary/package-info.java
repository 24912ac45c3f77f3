/**
 * Use cases of reward schemes and recognition, one stateless EJB each, the only transaction
 * boundary of the rewards area. Never calls into the training area.
 */
package com.cxcentric.rewards.boundary;
