package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/points.xhtml: anyone's points statement, and reversing a movement with a reason. */
public class CorrectionsPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private CorrectionsPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static CorrectionsPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/points.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("findForm")));
        return new CorrectionsPage(driver, waiting);
    }

    /** Picks a person by their number and waits for their statement. */
    public CorrectionsPage choose(String number) {
        driver.findElement(By.id("findForm:person_input")).sendKeys(number);
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '(" + number + ")')]");
        waiting.until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("statementForm:statement")));
        return this;
    }

    /** The statement's rows, as text. */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("[id='statementForm:statement_data'] tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Reverses the first row holding the text, with a reason; returns the page's message. */
    public String reverse(String text, String reason) {
        WebElement row = driver.findElement(
                By.xpath("//tbody[@id='statementForm:statement_data']/tr[contains(., '" + text + "')]"));
        row.findElement(By.cssSelector("button[id$='reverse']")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("reverseForm:reason")))
                .sendKeys(reason);
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(By.id("reverseForm:confirmReversal")).click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }
}
