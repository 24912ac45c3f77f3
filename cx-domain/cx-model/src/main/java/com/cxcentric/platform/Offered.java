package com.cxcentric.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A control that its module offers to the modules above it (docs/ARCHITECTURE.md, "What people
 * offers"): it joins the caller's transaction and reads or writes only what its own area owns.
 * Every other control is used inside its own module and by the web alone; the build checks it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Offered {}
