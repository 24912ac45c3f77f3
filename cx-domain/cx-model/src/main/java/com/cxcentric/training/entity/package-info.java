/**
 * Training entities: the competency framework, versioned courses with lessons and a question bank,
 * assignments with their status machine, quiz attempts and certifications. Knows the organization;
 * never the rewards area.
 */
package com.cxcentric.training.entity;
