/**
 * Faces backing beans of the top-level pages (login, home) and the helpers every page uses
 * (formatting, messages). Sub-packages mirror the page folders. Beans call boundaries only.
 */
package com.cxcentric.web;
