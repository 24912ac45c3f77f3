/** Start-up helpers that join the caller's transaction or need none: Flyway and settings read from configuration. */
package com.cxcentric.platform.control;
