package com.cxcentric.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /lead/follow-ups.xhtml: a team lead's unhappy customers and recording each contact. */
public class FollowUpsPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private FollowUpsPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static FollowUpsPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "lead/follow-ups.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("followUpsForm")));
        return new FollowUpsPage(driver, waiting);
    }

    public int count() {
        return driver.findElements(By.cssSelector(".cx-follow-up")).size();
    }

    /** Whether some follow-up quotes this comment. */
    public boolean quotes(String comment) {
        return driver.findElements(By.cssSelector(".cx-follow-up .cx-quote")).stream()
                .map(WebElement::getText)
                .anyMatch(text -> text.contains(comment));
    }

    /** Records the follow-up quoting this comment as recovered and waits for the list to be redrawn. */
    public FollowUpsPage recordRecovered(String comment, String action) {
        var cards = driver.findElements(By.cssSelector(".cx-follow-up"));
        int index = 0;
        while (!cards.get(index)
                .findElement(By.cssSelector(".cx-quote"))
                .getText()
                .contains(comment)) {
            index++;
        }
        driver.findElement(By.id("followUpsForm:items:" + index + ":action")).sendKeys(action);
        Widgets.select(driver, waiting, "widget_followUpsForm_items_" + index + "_outcome", "RECOVERED");
        WebElement before = driver.findElement(By.id("followUpsForm"));
        driver.findElement(By.id("followUpsForm:items:" + index + ":record")).click();
        waiting.until(ExpectedConditions.stalenessOf(before));
        return this;
    }
}
