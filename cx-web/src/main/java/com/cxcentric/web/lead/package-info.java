/** Backing beans of the /lead pages (TEAM_LEAD only): the lead's own people. */
package com.cxcentric.web.lead;
