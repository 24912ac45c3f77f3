package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /vision/action-plans.xhtml: the plans a caller sees, and recording progress on one. */
public class ActionPlansPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private ActionPlansPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static ActionPlansPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "vision/action-plans.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("plansForm")));
        return new ActionPlansPage(driver, waiting);
    }

    public int open() {
        return Integer.parseInt(driver.findElement(By.id("openValue")).getText().trim());
    }

    public int complete() {
        return Integer.parseInt(
                driver.findElement(By.id("completeValue")).getText().trim());
    }

    /** The status shown on the plan with this title. */
    public String status(String title) {
        return card(title).findElement(By.cssSelector(".cx-plan-status")).getText();
    }

    /** The share done shown on the plan with this title, e.g. "90 % done". */
    public String percent(String title) {
        return card(title).findElement(By.cssSelector(".cx-plan-percent")).getText();
    }

    /** Records progress on the plan with this title and returns the page's message. */
    public String progress(String title, String status, int percent) {
        int index = indexOf(title);
        Widgets.select(driver, waiting, "widget_plansForm_items_" + index + "_next", status);
        WebElement share = driver.findElement(By.id("plansForm:items:" + index + ":percent_input"));
        share.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, String.valueOf(percent));
        driver.findElement(By.id("plansForm:items:" + index + ":save")).click();
        By shown = By.cssSelector("#messages .ui-messages-info-summary, #messages .ui-messages-error-summary");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(shown));
        return driver.findElement(By.id("messages")).getText();
    }

    private WebElement card(String title) {
        return driver.findElements(By.cssSelector(".cx-plan")).get(indexOf(title));
    }

    private int indexOf(String title) {
        List<WebElement> cards = driver.findElements(By.cssSelector(".cx-plan"));
        for (int i = 0; i < cards.size(); i++) {
            if (title.equals(cards.get(i).getAttribute("aria-label"))) {
                return i;
            }
        }
        throw new IllegalStateException("No plan titled " + title);
    }
}
