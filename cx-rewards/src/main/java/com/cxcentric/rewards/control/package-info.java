/**
 * CDI helpers of the rewards area that join the caller's transaction; no transaction
 * annotations of their own.
 */
package com.cxcentric.rewards.control;
