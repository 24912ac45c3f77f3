/**
 * What every area shares beyond persistence: the business exception hierarchy and paging.
 * Knows no area.
 */
package com.cxcentric.platform;
