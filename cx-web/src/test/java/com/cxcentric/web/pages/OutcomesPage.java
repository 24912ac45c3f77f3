package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /outcomes/dashboard.xhtml: filters, KPI cards, breakdowns and responses. */
public class OutcomesPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private OutcomesPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static OutcomesPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "outcomes/dashboard.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("responsesValue")));
        return new OutcomesPage(driver, waiting);
    }

    /** Chooses an org unit by code and shows its figures. */
    public OutcomesPage unit(String code) {
        WebElement before = driver.findElement(By.id("responsesValue"));
        Widgets.select(driver, waiting, "widget_dashboardForm_unit", code);
        driver.findElement(By.id("dashboardForm:apply")).click();
        waiting.until(ExpectedConditions.stalenessOf(before));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("responsesValue")));
        return this;
    }

    public int responses() {
        // written as the viewer's language groups thousands: 2,370
        return Integer.parseInt(
                driver.findElement(By.id("responsesValue")).getText().strip().replaceAll("[,.\\s]", ""));
    }

    /** The value shown on a KPI card ("—" when withheld). */
    public String kpi(String id) {
        return driver.findElement(By.id(id + "Value")).getText().strip();
    }

    /** The sample size under a KPI card. */
    public int sample(String id) {
        String text = driver.findElement(By.id(id + "Label"))
                .findElement(By.xpath(".."))
                .getText();
        String[] words = text.substring(text.lastIndexOf(':') + 1).strip().split(" ");
        return Integer.parseInt(words[0].replace(",", "").replace(".", ""));
    }

    /** The names in the breakdown by unit. */
    public List<String> unitRows() {
        return driver.findElements(By.cssSelector("[id$='byUnit_data'] tr td:first-child")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public int shownResponses() {
        return driver.findElements(By.cssSelector("[id$='responses_data'] tr")).stream()
                .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message"))
                .toList()
                .size();
    }

    /** The total the responses list's paginator reports ("1–15 / 123" gives 123). */
    public int listedResponses() {
        String report = driver.findElement(By.cssSelector("[id$='responses'] .ui-paginator-current"))
                .getText();
        return Integer.parseInt(report.replaceAll(".*/\\s*", "").replaceAll("[^0-9]", ""));
    }
}
