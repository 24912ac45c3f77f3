package com.cxcentric.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/reward-scheme-edit.xhtml: a scheme's definition, the preview of a period's awards, granting a period. */
public class RewardSchemeEditPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private RewardSchemeEditPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static RewardSchemeEditPage openNew(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/reward-scheme-edit.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("schemeForm")));
        return new RewardSchemeEditPage(driver, waiting);
    }

    /** Writes the code, the name, the target and minimum sample, the unit (by code) it covers and its first period. */
    public RewardSchemeEditPage define(
            String code, String name, int target, int minSample, String unitCode, String firstPeriod) {
        replace("schemeForm:firstPeriod", firstPeriod);
        driver.findElement(By.id("schemeForm:code")).sendKeys(code);
        driver.findElement(By.id("schemeForm:name")).sendKeys(name);
        replace("schemeForm:target_input", String.valueOf(target));
        replace("schemeForm:minSample_input", String.valueOf(minSample));
        Widgets.select(driver, waiting, "schemeUnit", unitCode);
        return this;
    }

    /** Previews the period (a label, e.g. 2026-11) and waits for the results. */
    public RewardSchemeEditPage preview(String period) {
        replace("schemeForm:period", period);
        WebElement side = driver.findElement(By.id("schemeForm:previewSide"));
        driver.findElement(By.id("schemeForm:preview")).click();
        waiting.until(ExpectedConditions.stalenessOf(side));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("previewAwards")));
        return this;
    }

    public int previewAwards() {
        return Integer.parseInt(
                driver.findElement(By.id("previewAwards")).getText().strip());
    }

    public int previewPeople() {
        return Integer.parseInt(
                driver.findElement(By.id("previewPeople")).getText().strip());
    }

    public int resultRows() {
        return driver.findElements(By.cssSelector("[id='schemeForm:resultRows'] tbody tr"))
                .size();
    }

    /** Saves; the page comes back as the saved scheme's editor. */
    public RewardSchemeEditPage save() {
        WebElement form = driver.findElement(By.id("schemeForm"));
        driver.findElement(By.id("schemeForm:save")).click();
        waiting.until(ExpectedConditions.stalenessOf(form));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("schemeForm:history")));
        return new RewardSchemeEditPage(driver, waiting);
    }

    /** Grants the period entered, confirming, and returns the page's message. */
    public String grant(String period) {
        replace("schemeForm:period", period);
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(By.id("schemeForm:evaluate")).click();
        waiting.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }

    public int grantedPeriods() {
        return driver.findElements(By.cssSelector("[id='schemeForm:periods_data'] tr:not(.ui-datatable-empty-message)"))
                .size();
    }

    public String title() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private void replace(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }
}
