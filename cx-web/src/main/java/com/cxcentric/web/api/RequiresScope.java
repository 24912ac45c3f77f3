package com.cxcentric.web.api;

import com.cxcentric.security.entity.ApiScope;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an API token needs for this endpoint. An endpoint without it cannot be called with a
 * token at all (portal sessions only).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScope {
    ApiScope value();
}
