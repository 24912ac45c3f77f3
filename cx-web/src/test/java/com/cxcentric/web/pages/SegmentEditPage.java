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

/** /hr/segment-edit.xhtml: name, rule conditions, live preview, save. */
public class SegmentEditPage {

    @FindBy(id = "segmentForm:name")
    private WebElement name;

    @FindBy(id = "segmentForm:addCondition")
    private WebElement addCondition;

    @FindBy(id = "segmentForm:save")
    private WebElement save;

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private SegmentEditPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    public static SegmentEditPage openNew(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/segment-edit.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("segmentForm:preview")));
        return new SegmentEditPage(driver, waiting);
    }

    public SegmentEditPage name(String text) {
        name.clear();
        name.sendKeys(text);
        return this;
    }

    /** Sets condition {@code index} (0-based, top level) to a type whose editor is one text field, and types it. */
    public SegmentEditPage textCondition(int index, String type, String text) {
        chooseType(index, type);
        return typeInto(index, "text", text);
    }

    /** Sets condition {@code index} to tenure and types the lower bound in months. */
    public SegmentEditPage tenureAtLeast(int index, int months) {
        chooseType(index, "TENURE");
        return typeInto(index, "from", months + "\t");
    }

    public SegmentEditPage addCondition() {
        int before = conditionCount();
        addCondition.click();
        waiting.until(d -> conditionCount() == before + 1);
        return this;
    }

    private int conditionCount() {
        return driver.findElements(By.cssSelector("#segmentForm\\:rule .cx-condition"))
                .size();
    }

    private void chooseType(int index, String type) {
        Widgets.select(driver, waiting, "widget_segmentForm_conditions_" + index + "_type", type);
        String input = type.equals("TENURE") ? "from_input" : "text";
        waiting.until(
                ExpectedConditions.presenceOfElementLocated(By.id("segmentForm:conditions:" + index + ":" + input)));
    }

    private SegmentEditPage typeInto(int index, String field, String text) {
        String id = "segmentForm:conditions:" + index + ":" + (field.equals("from") ? "from_input" : field);
        String before = previewText();
        driver.findElement(By.id(id)).sendKeys(text);
        waiting.until(d -> !previewText().equals(before)
                && !d.findElements(By.id("previewCount")).isEmpty());
        return this;
    }

    private String previewText() {
        return driver.findElement(By.id("segmentForm:preview")).getText();
    }

    /** The member count the preview shows. */
    public int previewCount() {
        return Integer.parseInt(
                driver.findElement(By.id("previewCount")).getText().strip());
    }

    /** The preview's first members, one line each. */
    public List<String> previewMembers() {
        return driver.findElements(By.cssSelector("#previewMembers li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Saves and lands on the segment's page. */
    public SegmentPage save() {
        save.click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("memberCount")));
        return new SegmentPage(driver);
    }
}
