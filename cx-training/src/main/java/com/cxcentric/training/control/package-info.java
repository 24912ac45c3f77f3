/**
 * Training helpers that join the caller's transaction: lesson content (Markdown and sanitised
 * HTML), the starter curriculum, set-based assignment, the caller's scope, certificates as PDF.
 * No transaction or security annotations of their own; never touches the rewards area.
 */
package com.cxcentric.training.control;
