package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/rewards.xhtml: the redemptions waiting for HR, the catalog and the payroll rows. */
public class FulfilmentPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private FulfilmentPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static FulfilmentPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/rewards.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("tabs")));
        return new FulfilmentPage(driver, waiting);
    }

    /** The rows waiting, as text. */
    public List<String> waiting() {
        return driver
                .findElements(
                        By.cssSelector("[id='tabs:waitingForm:waiting_data'] tr:not(.ui-datatable-empty-message)"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Hands over the first waiting reward of that person and reward; returns the page's message. */
    public String settle(String person, String reward) {
        return decide(person, reward, "settle");
    }

    /** Refuses the first waiting reward of that person and reward with the reason; returns the page's message. */
    public String refuse(String person, String reward, String reason) {
        decide(person, reward, "refuse");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("refuseForm:reason")))
                .sendKeys(reason);
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(By.id("refuseForm:confirmRefusal")).click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }

    private String decide(String person, String reward, String button) {
        WebElement row = driver.findElements(By.cssSelector("[id='tabs:waitingForm:waiting_data'] tr")).stream()
                .filter(r -> r.getText().contains(person) && r.getText().contains(reward))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no waiting " + reward + " of " + person));
        WebElement messages = driver.findElement(By.id("messages"));
        row.findElement(By.cssSelector("button[id$='" + button + "']")).click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }
}
