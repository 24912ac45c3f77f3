/** Security plumbing that joins the caller's transaction or none: password and token hashing, settings, the session's caller. */
package com.cxcentric.security.control;
