package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/recognition-reports.xhtml: reported and flagged recognition, to hide or keep. */
public class ReportsPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private ReportsPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static ReportsPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/recognition-reports.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("tabs:openForm")));
        return new ReportsPage(driver, waiting);
    }

    /** The waiting reports, as text. */
    public List<String> waiting() {
        return driver.findElements(By.cssSelector(".cx-report")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Hides the recognition of the report holding the text, with a note; returns the page's message. */
    public String hide(String text, String note) {
        WebElement report =
                driver.findElement(By.xpath("//article[contains(@class,'cx-report') and contains(., '" + text + "')]"));
        report.findElement(By.cssSelector("input[id$='note']")).sendKeys(note);
        WebElement messages = driver.findElement(By.id("messages"));
        report.findElement(By.cssSelector("button[id$='hide']")).click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }
}
