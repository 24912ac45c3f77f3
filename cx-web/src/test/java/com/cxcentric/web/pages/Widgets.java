package com.cxcentric.web.pages;

import java.util.Collection;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

    /** Ticks, in every quiz question on the page, the options {@code rightAnswers} gives for its prompt. */
    public static void answer(WebDriver driver, Function<String, Collection<String>> rightAnswers) {
        for (WebElement question : driver.findElements(By.cssSelector(".cx-question"))) {
            String prompt = question.findElement(By.tagName("legend")).getText().replaceFirst("^\\d+\\.\\s*", "");
            Collection<String> right = rightAnswers.apply(prompt);
            for (WebElement label : question.findElements(By.tagName("label"))) {
                if (right.contains(label.getText())) {
                    label.click();
                }
            }
        }
    }
}
