/**
 * Persistence building blocks shared by every area: the audited base entity and the type converters.
 * Holds no business rules and knows no other area.
 */
package com.cxcentric.platform.entity;
