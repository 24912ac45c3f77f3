package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /me/rewards.xhtml: one's received points, the rewards offered, a reward asked for and what one redeemed. */
public class MyRewardsPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private MyRewardsPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static MyRewardsPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "me/rewards.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("offersTitle")));
        return new MyRewardsPage(driver, waiting);
    }

    public long receivedPoints() {
        return Long.parseLong(
                driver.findElement(By.id("receivedPoints")).getText().strip());
    }

    /** The names of the rewards offered, in the page's order. */
    public List<String> offers() {
        return driver.findElements(By.cssSelector(".cx-reward-card h3")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Redeems the reward of that code through the confirmation dialog; returns the page's message. */
    public String redeem(String code) {
        WebElement card = driver.findElement(By.cssSelector(".cx-reward-card[data-code='" + code + "']"));
        WebElement messages = driver.findElement(By.id("messages"));
        card.findElement(By.cssSelector("button[id$='redeem']")).click();
        waiting.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }

    /**
     * Asks for a reward outside the catalog: what, its kind (a motivator's name), its price in
     * points and why; returns the page's message.
     */
    public String askFor(String title, String motivator, long points, String reason) {
        driver.findElement(By.id("wishForm:wishWhat")).sendKeys(title);
        Widgets.select(driver, waiting, "wishKind", motivator);
        driver.findElement(By.id("wishForm:wishPoints_input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(points));
        driver.findElement(By.id("wishForm:wishReason")).sendKeys(reason);
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(By.id("wishForm:askReward")).click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }

    /** The rows of what one redeemed, as text. */
    public List<String> history() {
        return driver.findElements(By.cssSelector("[id='history_data'] tr:not(.ui-datatable-empty-message)")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
