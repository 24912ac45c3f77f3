package com.cxcentric.web.pages;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/import.xhtml: upload, preview with refused rows, import, receipt, history. */
public class ImportPage {

    @FindBy(css = "#uploadForm input[type='file']")
    private WebElement file;

    @FindBy(id = "uploadForm:preview")
    private WebElement preview;

    @FindBy(css = "[id$='rejections_data'] tr")
    private List<WebElement> rejectionRows;

    @FindBy(css = "[id$='history_data'] tr")
    private List<WebElement> historyRows;

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private ImportPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    public static ImportPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/import.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("uploadForm:preview")));
        return new ImportPage(driver, waiting);
    }

    /** Chooses the file and asks for the preview (a full page load). */
    public ImportPage preview(Path csv) {
        file.sendKeys(csv.toAbsolutePath().toString());
        preview.click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("summaryRejected")));
        return new ImportPage(driver, waiting);
    }

    /** The count shown next to a summary line, e.g. {@code summaryRejected}. */
    public int summary(String id) {
        return Integer.parseInt(driver.findElement(By.id(id))
                .findElement(By.tagName("strong"))
                .getText()
                .strip());
    }

    /** Each refused row as "row | number | field | reason". */
    public List<String> rejections() {
        return rejectionRows.stream()
                .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message"))
                .map(r -> String.join(
                        " | ",
                        r.findElements(By.tagName("td")).stream()
                                .map(WebElement::getText)
                                .toList()))
                .toList();
    }

    public ImportPage startOver() {
        driver.findElement(By.id("previewForm:startOver")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("uploadForm:preview")));
        return new ImportPage(driver, waiting);
    }

    /** Imports and waits until the receipt is shown. */
    public ImportPage commit() {
        driver.findElement(By.id("previewForm:commit")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("receiptCreated")));
        return new ImportPage(driver, waiting);
    }

    public int receipt(String id) {
        return Integer.parseInt(driver.findElement(By.id(id)).getText().strip());
    }

    /** The history's first row: the newest import. */
    public String newestImport() {
        return historyRows.get(0).getText();
    }
}
