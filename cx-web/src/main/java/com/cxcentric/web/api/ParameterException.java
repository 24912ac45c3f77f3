package com.cxcentric.web.api;

import jakarta.ws.rs.BadRequestException;

/** A query parameter an endpoint reads itself that is missing or cannot be read (400, naming it). */
public class ParameterException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final boolean missing;

    private ParameterException(String parameter, boolean missing, String message) {
        super(message);
        this.parameter = parameter;
        this.missing = missing;
    }

    public static ParameterException missing(String parameter, String example) {
        return new ParameterException(
                parameter, true, "The query parameter " + parameter + " is required, e.g. " + example);
    }

    public static ParameterException invalid(String parameter, String expected, String value) {
        return new ParameterException(
                parameter, false, "The query parameter " + parameter + " must be " + expected + ", was " + value);
    }

    public String parameter() {
        return parameter;
    }

    public boolean isMissing() {
        return missing;
    }
}
