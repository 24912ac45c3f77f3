/**
 * Start-up and operations: the ordered start-up sequence (migrate, bootstrap the administrator,
 * demo data), health checks and the system status the ADMIN home shows. Calls every area's
 * boundaries; no area calls back into it.
 */
package com.cxcentric.platform.boundary;
