/**
 * The demo company: a deterministic, seeded plan of a fictional retailer (org units, people, demo
 * logins) and the contract through which each area adds its own demo data. Pure Java; writes nothing.
 */
package com.cxcentric.demo;
