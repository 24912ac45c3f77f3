package com.cxcentric.security.control;

import java.io.Serializable;
import java.util.Set;

/** The portal caller remembered in the HTTP session after a form login. */
public record SessionCaller(String username, Set<String> groups) implements Serializable {

    public static final String ATTRIBUTE = SessionCaller.class.getName();

    public SessionCaller {
        groups = Set.copyOf(groups);
    }
}
