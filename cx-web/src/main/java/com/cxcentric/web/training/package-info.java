/**
 * Backing beans of the /training pages that HR and team leads share: assigning courses and
 * following them up, each caller within their own scope (the boundaries enforce it).
 */
package com.cxcentric.web.training;
