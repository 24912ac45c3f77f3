/**
 * Backing beans of the error pages under /error. They read the failed request only; they call no
 * boundary.
 */
package com.cxcentric.web.error;
