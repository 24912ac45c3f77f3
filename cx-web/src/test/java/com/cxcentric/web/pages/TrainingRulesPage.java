package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/training-rules.xhtml: HR's segment rules. */
public class TrainingRulesPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private TrainingRulesPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static TrainingRulesPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/training-rules.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("ruleForm:rules")));
        return new TrainingRulesPage(driver, waiting);
    }

    /** Creates a rule with the form's default days; returns the message shown. */
    public String create(long segmentId, String courseCode) {
        Widgets.select(driver, waiting, "widget_ruleForm_segment", String.valueOf(segmentId));
        Widgets.select(driver, waiting, "widget_ruleForm_course", courseCode);
        WebElement messages = driver.findElement(By.id("messages"));
        String before = messages.getText();
        driver.findElement(By.id("ruleForm:createRule")).click();
        waiting.until(d -> {
            String now = d.findElement(By.id("messages")).getText();
            return !now.isBlank() && !now.equals(before);
        });
        return driver.findElement(By.id("messages")).getText();
    }

    /** The texts of the rules table's rows. */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("#ruleForm\\:rules_data tr")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }
}
