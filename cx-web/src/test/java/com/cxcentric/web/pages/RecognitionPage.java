package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /me/recognition.xhtml: points, recognising a colleague, what one received and gave. */
public class RecognitionPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private RecognitionPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static RecognitionPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "me/recognition.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("giveForm")));
        return new RecognitionPage(driver, waiting);
    }

    public long givingLeft() {
        return Long.parseLong(driver.findElement(By.id("givingLeft")).getText().strip());
    }

    public long received() {
        return Long.parseLong(
                driver.findElement(By.id("receivedPoints")).getText().strip());
    }

    /** Types part of a colleague's name and picks them from the suggestions. */
    public RecognitionPage choose(String typed, String name) {
        WebElement input = driver.findElement(By.id("giveForm:colleagues_input"));
        input.sendKeys(typed);
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + name + "')]");
        waiting.until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        waiting.until(d -> !d.findElements(By.cssSelector("#giveForm\\:colleagues .ui-autocomplete-token"))
                .isEmpty());
        return this;
    }

    /** Fills in the value (its code), what they did and the points, and sends; returns the page's message. */
    public String recognise(String valueCode, String message, int points) {
        Widgets.select(driver, waiting, "recognitionValue", valueCode);
        driver.findElement(By.id("giveForm:message")).sendKeys(message);
        WebElement field = driver.findElement(By.id("giveForm:points_input"));
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), String.valueOf(points));
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(By.id("giveForm:give")).click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }

    /** The texts of the recognition cards on the open tab. */
    public List<String> cards() {
        return driver.findElements(By.cssSelector(".ui-tabs-panel:not(.ui-helper-hidden) .cx-recognition")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Opens a tab by its title. */
    public RecognitionPage tab(String title) {
        driver.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space(.)='" + title + "']"))
                .click();
        waiting.until(d -> d.findElement(By.xpath("//ul[@role='tablist']//li[contains(@class,'ui-state-active')]"))
                .getText()
                .strip()
                .equals(title));
        return this;
    }

    /** The rows of a lead's "My team" tab, as text. */
    public List<String> teamRows() {
        return driver.findElements(By.cssSelector("[id='tabs:team'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The names of the badges shown, those held today first. */
    public List<String> badges() {
        return driver.findElements(By.cssSelector("#myBadges .cx-badge-item strong")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private WebElement card(String text) {
        return driver.findElement(
                By.xpath("//div[contains(@class,'ui-tabs-panel') and not(contains(@class,'ui-helper-hidden'))]"
                        + "//article[contains(@class,'cx-recognition') and contains(., '" + text + "')]"));
    }

    /** Clicks a reaction (by its name, such as "Applause") on the card holding the text; returns its count after. */
    public String react(String text, String reaction) {
        By selector = By.cssSelector("button[title='" + reaction + "']");
        WebElement button = card(text).findElement(selector);
        button.click();
        waiting.until(ExpectedConditions.stalenessOf(button));
        return card(text).findElement(selector).getText().strip();
    }

    /** Opens the comments of the card holding the text, comments and returns the comments shown. */
    public List<String> comment(String text, String comment) {
        card(text).findElement(By.cssSelector("button[id$='discuss']")).click();
        WebElement field = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("threadForm:comment")));
        field.sendKeys(comment);
        driver.findElement(By.id("threadForm:post")).click();
        waiting.until(ExpectedConditions.stalenessOf(field));
        return driver.findElements(By.cssSelector("#comments li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Reports the recognition whose comments are open, with a reason; returns the page's message. */
    public String report(String reason) {
        driver.findElement(By.id("threadForm:startReport")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("threadForm:reason")))
                .sendKeys(reason);
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(By.id("threadForm:sendReport")).click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }

    /** Boosts the card holding the text by some points; returns the page's message and then the card's text. */
    public List<String> boost(String text, long points) {
        card(text).findElement(By.cssSelector("button[id$='boost']")).click();
        WebElement field =
                waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("boostForm:boostPoints_input")));
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), String.valueOf(points));
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(By.id("boostForm:confirmBoost")).click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        String message = driver.findElement(By.id("messages")).getText();
        tab("Company feed");
        return List.of(message, card(text).getText());
    }
}
