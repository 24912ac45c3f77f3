/** Backing beans of the /outcomes pages: the outcomes dashboard for HR, administrators and leadership. */
package com.cxcentric.web.outcomes;
