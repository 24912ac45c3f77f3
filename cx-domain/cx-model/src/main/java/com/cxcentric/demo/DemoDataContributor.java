package com.cxcentric.demo;

/**
 * An area's share of the demo data. Implementations are CDI beans in the area's module; the demo
 * loader calls them in {@link #order()} after the organization and the logins exist, inside its
 * own transaction, only in demo mode and only on an empty database.
 */
public interface DemoDataContributor {

    /** Position among the contributors; lower runs first. */
    int order();

    /** Writes this area's demo data. */
    void contribute(DemoContext context);
}
