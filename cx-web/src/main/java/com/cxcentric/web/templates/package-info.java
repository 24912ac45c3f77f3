/** Beans of the layout template: language choice and sign-out. */
package com.cxcentric.web.templates;
