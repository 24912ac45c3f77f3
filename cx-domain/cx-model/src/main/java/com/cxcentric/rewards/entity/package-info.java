/**
 * Reward entities: the company values that peer recognition is tied to, recognition itself, and
 * the points ledger (accounts, transfers, entries: double entry, append-only). Knows the
 * organization; never the training area.
 */
package com.cxcentric.rewards.entity;
