/**
 * Employee segments: the typed rule model (criteria, groups, evaluation in Java and as SQL), its
 * JSON form, the segment with its needs, and membership with history. Entities and pure logic
 * only; it knows nothing of training or rewards, which read segments, not the other way round.
 */
package com.cxcentric.segmentation.entity;
