/**
 * Benchmarks that prove the issues' speed targets against a running portal (see
 * docs/PERFORMANCE.md). They are programs with a main method, run by scripts in .ci/, never by the
 * test suite.
 */
package com.cxcentric.benchmark;
