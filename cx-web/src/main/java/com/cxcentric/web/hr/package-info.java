/** Backing beans of the /hr pages (HR and ADMIN): the employee directory. */
package com.cxcentric.web.hr;
