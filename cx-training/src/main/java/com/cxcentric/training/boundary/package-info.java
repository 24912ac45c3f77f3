/**
 * Use cases of customer-centricity training, one stateless EJB each, the only transaction
 * boundary of the training area. Never calls into the rewards area.
 */
package com.cxcentric.training.boundary;
