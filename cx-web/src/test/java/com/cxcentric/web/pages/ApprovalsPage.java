package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /me/approvals.xhtml: what waits for one's decision, nominating a colleague, one's nominations. */
public class ApprovalsPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private ApprovalsPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static ApprovalsPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "me/approvals.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("nominateForm")));
        return new ApprovalsPage(driver, waiting);
    }

    /** Types part of a colleague's name or number and picks them from the suggestions. */
    public ApprovalsPage choose(String typed, String label) {
        driver.findElement(By.id("nominateForm:colleague_input")).sendKeys(typed);
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + label + "')]");
        waiting.until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        return this;
    }

    /** Fills in the value (its code), the points and the reason, and nominates; returns the page's message. */
    public String nominate(String valueCode, long points, String reason) {
        Widgets.select(driver, waiting, "nominationValue", valueCode);
        driver.findElement(By.id("nominateForm:points_input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(points));
        driver.findElement(By.id("nominateForm:reason")).sendKeys(reason);
        return submit(By.id("nominateForm:nominate"));
    }

    /** The cards of what waits for one's decision, as text. */
    public List<String> waiting() {
        return texts("#waitingForm .cx-approval");
    }

    /** The cards of one's own nominations, as text. */
    public List<String> mine() {
        return texts("[aria-labelledby='mineTitle'] .cx-approval");
    }

    /** Approves the waiting request whose card holds the text, with a comment; returns the page's message. */
    public String approve(String text, String comment) {
        WebElement card =
                driver.findElement(By.xpath("//form[@id='waitingForm']//article[contains(., '" + text + "')]"));
        card.findElement(By.cssSelector("button[id$='approve']")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionForm:comment")))
                .sendKeys(comment);
        return submit(By.id("decisionForm:confirmDecision"));
    }

    private String submit(By button) {
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(button).click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
