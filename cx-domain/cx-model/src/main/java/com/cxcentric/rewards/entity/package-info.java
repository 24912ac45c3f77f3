/**
 * Reward entities: recognition itself (naming one of the company values of {@code vision.entity}), the
 * points ledger (accounts, transfers, entries: double entry, append-only), reward schemes and their
 * awards, the reward catalog and redemptions, badges and their grants. Knows the
 * organization; never the training area.
 */
package com.cxcentric.rewards.entity;
