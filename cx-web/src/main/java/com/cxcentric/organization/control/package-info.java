/** Organization helpers that join the caller's transaction: walking the org unit tree. */
package com.cxcentric.organization.control;
