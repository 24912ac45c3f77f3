/**
 * The REST API under /api/v1: resources that adapt the areas' boundaries to JSON, the
 * authorization filter that denies any endpoint without a declared rule, and problem+json errors.
 * Holds no business logic.
 */
package com.cxcentric.web.api;
