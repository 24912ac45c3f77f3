/**
 * Security use cases and entry points: the authentication mechanism that serves both the portal
 * and the REST API with its identity store, checking a login against the throttle, bootstrapping
 * the first ADMIN, issuing and revoking API tokens, administering accounts. Lives in the web
 * module because the web module owns security configuration; may read the organization, never
 * training or rewards.
 */
package com.cxcentric.security.boundary;
