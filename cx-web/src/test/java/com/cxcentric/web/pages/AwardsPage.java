package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /me/awards.xhtml: one's standing in each scheme this period, the awards earned and their evidence. */
public class AwardsPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private AwardsPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static AwardsPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "me/awards.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("awardsTitle")));
        return new AwardsPage(driver, waiting);
    }

    /** The text of each scheme card of this period. */
    public List<String> progress() {
        return driver.findElements(By.cssSelector(".cx-progress-card")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The rows of the awards earned, as text. */
    public List<String> awards() {
        return driver.findElements(By.cssSelector("[id='awards_data'] tr:not(.ui-datatable-empty-message)")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Opens the evidence of the award in the row naming the scheme; returns the evidence rows' texts. */
    public List<String> evidenceOf(String schemeName) {
        driver.findElement(By.xpath("//tbody[@id='awards_data']/tr[contains(., '" + schemeName + "')]//a"))
                .click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("evidenceTitle")));
        return driver
                .findElements(By.cssSelector("[id='evidenceRows_data'] tr:not(.ui-datatable-empty-message)"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }
}
