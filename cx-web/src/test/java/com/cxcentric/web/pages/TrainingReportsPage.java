package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /training/reports.xhtml: the training reports in tabs, with the course and unit filters. */
public class TrainingReportsPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    @FindBy(id = "reportForm:tabs:attempts")
    private WebElement attempts;

    private TrainingReportsPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    public static TrainingReportsPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "training/reports.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("reportForm:tabs:completion")));
        return new TrainingReportsPage(driver, waiting);
    }

    /** Narrows every report to an org unit (by code) and waits for the tables to be redrawn. */
    public void narrowToUnit(String unitCode) {
        redrawn(() -> Widgets.select(driver, waiting, "widget_reportForm_unit", unitCode));
    }

    /** Groups the completion report by DEPARTMENT, TEAM, SEGMENT or COURSE. */
    public void groupBy(String grouping) {
        redrawn(() -> driver.findElement(By.xpath("//div[@id='reportForm:tabs:grouping']//input[@value='" + grouping
                        + "']/ancestor::div[contains(@class,'ui-button')][1]"))
                .click());
    }

    public void openTab(String title) {
        driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space(.)='" + title + "']"))
                .click();
        waiting.until(d -> d.findElement(
                        By.xpath("//ul[@role='tablist']//a[normalize-space(.)='" + title + "']/ancestor::li[1]"))
                .getAttribute("class")
                .contains("ui-state-active"));
    }

    /** The first column of the completion table: the departments, teams, segments or courses. */
    public List<String> completionGroups() {
        return driver.findElements(By.cssSelector("#reportForm\\:tabs\\:completion_data tr td:first-child")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    public List<String> coverageRows() {
        return driver.findElements(By.cssSelector("#reportForm\\:tabs\\:coverage_data tr")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    public int attempts() {
        return Integer.parseInt(attempts.getText().strip());
    }

    /** The address a download button leads to. */
    public String exportLink(String id) {
        WebElement button = driver.findElement(By.id("reportForm:tabs:" + id));
        return "a".equals(button.getTagName())
                ? button.getAttribute("href")
                : button.findElement(By.tagName("a")).getAttribute("href");
    }

    /** Runs a change and waits until the completion table was replaced by the ajax update. */
    private void redrawn(Runnable change) {
        WebElement table = driver.findElement(By.id("reportForm:tabs:completion"));
        change.run();
        waiting.until(ExpectedConditions.stalenessOf(table));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("reportForm:tabs:completion")));
    }
}
