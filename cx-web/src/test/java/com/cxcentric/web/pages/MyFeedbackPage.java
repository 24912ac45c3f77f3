package com.cxcentric.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /me/feedback.xhtml: my figures beside my team's, and my customers' words. */
public class MyFeedbackPage {

    private final WebDriver driver;

    private MyFeedbackPage(WebDriver driver) {
        this.driver = driver;
    }

    public static MyFeedbackPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "me/feedback.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("myFeedbackForm:responses")));
        return new MyFeedbackPage(driver);
    }

    /** The NPS sample of the "me" row, from "(n)". */
    public int mySample() {
        return sampleIn("comparison");
    }

    public int teamSample() {
        return sampleIn("teamComparison");
    }

    private int sampleIn(String table) {
        WebElement cell = driver.findElements(By.cssSelector("[id$='" + table + "_data'] td"))
                .get(1);
        String text = cell.getText();
        return Integer.parseInt(text.substring(text.indexOf('(') + 1, text.indexOf(')')));
    }

    /** The total of my responses as the paginator reports it. */
    public int responses() {
        String report = driver.findElement(By.cssSelector("[id$='responses_paginator_bottom'] .ui-paginator-current"))
                .getText();
        return Integer.parseInt(report.substring(report.lastIndexOf('/') + 1).strip());
    }

    public boolean showsWhoServed() {
        return driver.findElements(By.cssSelector("[id$='responses'] th")).stream()
                .anyMatch(th -> th.getText().contains("Served by"));
    }
}
