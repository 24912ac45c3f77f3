/**
 * Security plumbing that joins the caller's transaction or none: password and token hashing, the
 * identity store and the authentication mechanism that serves both the portal and the REST API.
 */
package com.cxcentric.security.control;
