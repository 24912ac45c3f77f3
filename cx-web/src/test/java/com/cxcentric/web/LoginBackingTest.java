package com.cxcentric.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginBackingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/home.xhtml", "/admin/api-tokens.xhtml?x=1"})
    void followsAPathInsideTheApplication(String target) {
        assertEquals(target, LoginBacking.safeTarget(target));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "https://evil.example/",
                "//evil.example/x",
                "/\\evil.example",
                "home.xhtml",
                "/login.xhtml?next=/x",
                "/x?u=https://evil.example"
            })
    void sendsAnythingElseHome(String target) {
        assertEquals(LoginBacking.HOME, LoginBacking.safeTarget(target));
    }
}
