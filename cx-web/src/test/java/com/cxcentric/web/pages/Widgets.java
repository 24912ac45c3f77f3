package com.cxcentric.web.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** PrimeFaces widgets driven through their client API, the way PrimeFaces' own Selenium tests do. */
final class Widgets {

    private Widgets() {}

    /** Selects a value in a p:selectOneMenu, firing its change behaviour like a user's choice. */
    static void select(WebDriver driver, WebDriverWait waiting, String widgetVar, String value) {
        var js = (JavascriptExecutor) driver;
        waiting.until(d -> Boolean.TRUE.equals(
                js.executeScript("return !!(window.PrimeFaces && PrimeFaces.widgets[arguments[0]]);", widgetVar)));
        // selectValue alone is silent; triggerChange fires the change behaviour (p:ajax) as a click would.
        js.executeScript(
                "var menu = PF(arguments[0]); menu.selectValue(arguments[1]); menu.triggerChange();", widgetVar, value);
    }
}
