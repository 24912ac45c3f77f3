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

/** /training/coaching.xhtml: recording an observation against the checklist, and the trends. */
public class CoachingPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    @FindBy(id = "observeForm:person_input")
    private WebElement person;

    @FindBy(id = "observeForm:interaction")
    private WebElement interaction;

    @FindBy(id = "observeForm:save")
    private WebElement save;

    @FindBy(id = "messages")
    private WebElement messages;

    private CoachingPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    public static CoachingPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "training/coaching.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("trendForm")));
        return new CoachingPage(driver, waiting);
    }

    /** Types into the person field and picks the suggestion that shows {@code name}. */
    public void choosePerson(String typed, String name) {
        person.sendKeys(typed);
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + name + "')]");
        waiting.until(ExpectedConditions.elementToBeClickable(suggestion)).click();
        waiting.until(d -> person.getAttribute("value").contains(name));
    }

    public void describe(String text) {
        interaction.sendKeys(text);
    }

    /** Clicks the button labelled {@code choice} (Shown, Not shown, Not seen) of one behaviour. */
    public void tick(String behaviourCode, String choice) {
        driver.findElement(By.xpath("//div[contains(@class,'cx-tick-" + behaviourCode
                        + "')]//div[contains(@class,'ui-button')][normalize-space(.)='" + choice + "']"))
                .click();
    }

    /** Saves and returns the message the page answers with. */
    public String save() {
        save.click();
        waiting.until(d -> !messages.getText().isBlank());
        return messages.getText();
    }

    public String personTrendHeading() {
        return waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("personTrendHeading")))
                .getText();
    }

    /** The texts of the observation rows shown, newest first. */
    public List<String> observations() {
        return rows("#trendForm\\:observations_data tr");
    }

    public List<String> peopleObserved() {
        return rows("#trendForm\\:people_data tr");
    }

    private List<String> rows(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    /** The day the form proposes for the observation, as written in the field (yyyy-MM-dd). */
    public String proposedDay() {
        return driver.findElement(By.id("observeForm:observedOn_input")).getAttribute("value");
    }
}
