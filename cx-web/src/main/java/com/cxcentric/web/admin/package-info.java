/** Backing beans of the /admin pages (ADMIN only): accounts and API tokens. */
package com.cxcentric.web.admin;
