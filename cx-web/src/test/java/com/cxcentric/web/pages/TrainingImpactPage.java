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

/** /training/impact.xhtml: a course's effect on its trainees' customer outcomes. */
public class TrainingImpactPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    @FindBy(id = "verdict")
    private WebElement verdict;

    @FindBy(id = "trainees")
    private WebElement trainees;

    private TrainingImpactPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    /** Opens the page on a course (by code). */
    public static TrainingImpactPage open(WebDriver driver, URL base, WebDriverWait waiting, String course) {
        driver.get(base + "training/impact.xhtml?course=" + course);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        return new TrainingImpactPage(driver, waiting);
    }

    /** Chooses another outcome (by its enum name) and waits for the verdict to be redrawn. */
    public void outcome(String metric) {
        WebElement before = driver.findElement(By.id("verdict"));
        Widgets.select(driver, waiting, "widget_impactForm_metric", metric);
        waiting.until(ExpectedConditions.stalenessOf(before));
    }

    public String verdict() {
        return verdict.getText();
    }

    public String trainees() {
        return trainees.getText();
    }

    /** Whether the event-study chart is drawn. */
    public boolean hasEventChart() {
        return !driver.findElements(By.cssSelector("#impactForm\\:eventChart canvas"))
                .isEmpty();
    }

    /** The cohort table's rows: first passed, trainees, with responses before and after. */
    public List<String> cohorts() {
        return driver.findElements(By.cssSelector("#impactForm\\:cohorts_data tr")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }
}
