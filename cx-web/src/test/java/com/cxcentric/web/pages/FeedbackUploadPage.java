package com.cxcentric.web.pages;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/feedback-upload.xhtml: choose a CSV file, adjust the mapping, import, read the receipt. */
public class FeedbackUploadPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private FeedbackUploadPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static FeedbackUploadPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/feedback-upload.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("uploadForm:read")));
        return new FeedbackUploadPage(driver, waiting);
    }

    /** Names the source, chooses the file and reads it (a full page load). */
    public FeedbackUploadPage read(String source, Path csv) {
        WebElement sourceField = driver.findElement(By.id("uploadForm:source"));
        sourceField.clear();
        sourceField.sendKeys(source);
        driver.findElement(By.cssSelector("#uploadForm input[type='file']"))
                .sendKeys(csv.toAbsolutePath().toString());
        driver.findElement(By.id("uploadForm:read")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("mappingForm:importFile")));
        return this;
    }

    /** The sample table's rows, each as "line | cell | cell ...". */
    public List<String> sample() {
        return driver.findElements(By.cssSelector("#sample tbody tr")).stream()
                .map(r -> String.join(
                        " | ",
                        r.findElements(By.tagName("td")).stream()
                                .map(WebElement::getText)
                                .toList()))
                .toList();
    }

    /** What the page says about the descriptive rows it found under the header and skips. */
    public String descriptiveRowsNotice() {
        return driver.findElement(By.id("mappingForm:descriptive")).getText();
    }

    /** Imports and waits for the receipt. */
    public FeedbackUploadPage importFile() {
        driver.findElement(By.id("mappingForm:importFile")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("receiptAccepted")));
        return this;
    }

    public int receipt(String id) {
        return Integer.parseInt(driver.findElement(By.id(id)).getText().strip());
    }

    /** Each refused line as "line | external id | field | reason". */
    public List<String> refused() {
        return driver.findElements(By.cssSelector("[id$='refused_data'] tr")).stream()
                .map(r -> String.join(
                        " | ",
                        r.findElements(By.tagName("td")).stream()
                                .map(WebElement::getText)
                                .toList()))
                .toList();
    }

    /** The touchpoint values of the file that are neither a code nor a name, as the page lists them. */
    public List<String> touchpointValues() {
        return driver.findElements(By.cssSelector("#touchpointValues label")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The touchpoint code chosen for the n-th listed value ("" when none). */
    public String chosenTouchpoint(int index) {
        return driver.findElements(By.cssSelector("#touchpointValues select"))
                .get(index)
                .getAttribute("value");
    }

    /** Maps the n-th listed value to a touchpoint (by code), as choosing it in its menu does. */
    public FeedbackUploadPage mapTouchpoint(int index, String code) {
        String id = driver.findElements(By.cssSelector("#touchpointValues .ui-selectonemenu"))
                .get(index)
                .getAttribute("id");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "var menu = PrimeFaces.getWidgetById(arguments[0]); menu.selectValue(arguments[1]);", id, code);
        return this;
    }
}
