/** Backing beans of the /me pages: what every signed-in person sees and changes of themselves. */
package com.cxcentric.web.me;
