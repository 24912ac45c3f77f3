/**
 * Sight another area grants: an area that gives people a role over a unit they do not lead (the
 * vision's customer champions over their department) says so through {@link
 * com.cxcentric.access.UnitGrants}, and the area whose figures are looked at (outcomes) asks every
 * such bean. Depends on nothing of any area.
 */
package com.cxcentric.access;
