package com.cxcentric.access;

import java.util.Set;

/**
 * An area's grant to a person of sight of org units they do not lead; a CDI bean of that area's
 * module that joins the caller's transaction. The grant covers each unit and everything below it.
 */
public interface UnitGrants {

    /** The units the employee may look at through this area (empty when none). */
    Set<Long> unitsGrantedTo(long employeeId);
}
