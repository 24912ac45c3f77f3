/**
 * The CX vision rollout's entities and rules: the versioned vision with its service promise and
 * company values in each of the portal's languages, and when acknowledgements are reminded and
 * copied to the lead. Knows the organization; never training or rewards, which name the company
 * values from here.
 */
package com.cxcentric.vision.entity;
