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

/** /vision/ideas.xhtml: a department's customers for its champions, raising ideas and answering them. */
public class IdeasPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    @FindBy(id = "raiseForm:title")
    private WebElement title;

    @FindBy(id = "raiseForm:observation")
    private WebElement observation;

    @FindBy(id = "raiseForm:raise")
    private WebElement raise;

    private IdeasPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    /** Opens the page; {@code query} is what follows the '?' (or empty). */
    public static IdeasPage open(WebDriver driver, URL base, WebDriverWait waiting, String query) {
        driver.get(base + "vision/ideas.xhtml" + (query.isEmpty() ? "" : "?" + query));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("ideasForm")));
        return new IdeasPage(driver, waiting);
    }

    /** The heading of the department's customer figures, or empty without them. */
    public String briefTitle() {
        List<WebElement> found = driver.findElements(By.id("briefTitle"));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** The recurring complaint categories listed. */
    public int themes() {
        return driver.findElements(By.cssSelector("#themes_data tr:not(.ui-datatable-empty-message)"))
                .size();
    }

    /** Raises an idea and returns the message the page shows. */
    public String raise(String line, String text) {
        title.sendKeys(line);
        observation.sendKeys(text);
        raise.click();
        return message();
    }

    /** The status shown on the idea with this title. */
    public String status(String line) {
        return card(line).findElement(By.cssSelector(".cx-idea-status")).getText();
    }

    /** The answer shown on the idea with this title, or empty. */
    public String answer(String line) {
        List<WebElement> given = card(line).findElements(By.cssSelector(".cx-answer-given"));
        return given.isEmpty() ? "" : given.get(0).getText();
    }

    /** Answers the idea with this title, moving it to {@code status} (its name), and returns the page's message. */
    public String answer(String line, String status, String text) {
        int index = indexOf(line);
        Widgets.select(driver, waiting, "widget_ideasForm_items_" + index + "_next", status);
        driver.findElement(By.id("ideasForm:items:" + index + ":answer")).sendKeys(text);
        driver.findElement(By.id("ideasForm:items:" + index + ":answerIdea")).click();
        return message();
    }

    private WebElement card(String line) {
        return driver.findElements(By.cssSelector(".cx-idea")).get(indexOf(line));
    }

    private int indexOf(String line) {
        List<WebElement> cards = driver.findElements(By.cssSelector(".cx-idea"));
        for (int i = 0; i < cards.size(); i++) {
            if (line.equals(cards.get(i).getAttribute("aria-label"))) {
                return i;
            }
        }
        throw new IllegalStateException("No idea titled " + line);
    }

    private String message() {
        By shown = By.cssSelector("#messages .ui-messages-info-summary, #messages .ui-messages-error-summary");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(shown));
        return driver.findElement(By.id("messages")).getText();
    }
}
