package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/service-catalog.xhtml: touchpoints, process steps and service standards with their editors. */
public class ServiceCatalogPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private ServiceCatalogPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static ServiceCatalogPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/service-catalog.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("standardForm:save")));
        return new ServiceCatalogPage(driver, waiting);
    }

    /** Fills the new-standard editor (the step by its id) and saves; waits for the page to answer. */
    public ServiceCatalogPage addStandard(String code, String name, long stepId, String target) {
        type("standardForm:code", code);
        type("standardForm:name", name);
        Widgets.select(driver, waiting, "widget_standardForm_step", String.valueOf(stepId));
        type("standardForm:target_input", target);
        WebElement table = driver.findElement(By.id("standardForm:standards"));
        driver.findElement(By.id("standardForm:save")).click();
        waiting.until(ExpectedConditions.stalenessOf(table));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("standardForm:standards")));
        return this;
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The standards table's rows as "touchpoint | step | code | name | target | in use". */
    public List<String> standards() {
        return driver.findElements(By.cssSelector("[id='standardForm:standards_data'] tr")).stream()
                .map(r -> String.join(
                        " | ",
                        r.findElements(By.tagName("td")).stream()
                                .limit(6)
                                .map(WebElement::getText)
                                .toList()))
                .toList();
    }

    /** The texts of the error messages shown. */
    public List<String> errors() {
        return driver
                .findElements(By.cssSelector(".ui-messages-error-summary, .ui-growl-message-error .ui-growl-title"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }
}
