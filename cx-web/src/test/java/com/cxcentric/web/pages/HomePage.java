package com.cxcentric.web.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /home.xhtml, with the layout's header and menu. */
public class HomePage {

    public static final By GREETING = By.id("greeting");

    @FindBy(id = "greeting")
    private WebElement greeting;

    @FindBy(id = "menu")
    private WebElement menu;

    @FindBy(css = "#menu a")
    private List<WebElement> menuLinks;

    @FindBy(css = "#myName")
    private List<WebElement> myName;

    @FindBy(css = "#myLead")
    private List<WebElement> myLead;

    @FindBy(css = "#mySchemes li")
    private List<WebElement> schemes;

    @FindBy(css = "#unitsILead li")
    private List<WebElement> unitsILead;

    @FindBy(css = "[id$='peopleILead_data'] tr")
    private List<WebElement> peopleILead;

    @FindBy(css = "#headcountTotal")
    private List<WebElement> headcountTotal;

    @FindBy(css = "[id$='motivatorMix_data'] tr")
    private List<WebElement> motivatorMix;

    @FindBy(css = "#systemStatus")
    private List<WebElement> systemStatus;

    @FindBy(css = "#competencies li")
    private List<WebElement> competencies;

    @FindBy(css = "#values li")
    private List<WebElement> values;

    @FindBy(id = "logoutForm:logout")
    private WebElement logout;

    private final WebDriver driver;

    private HomePage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public static HomePage current(WebDriver driver) {
        return new HomePage(driver);
    }

    public String greeting() {
        return greeting.getText();
    }

    /** The menu's entries, without the unread-messages badge. */
    public List<String> menu() {
        return menuLinks.stream()
                .map(link -> link.getText().replaceAll("\\s*\\d+$", "").strip())
                .toList();
    }

    /** The departments furthest behind in the rollout at a glance, as listed. */
    public List<String> furthestBehind() {
        return driver.findElements(By.cssSelector("#furthestBehind li a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** What moved in the rollout this month, a line each. */
    public List<String> thisMonth() {
        return driver.findElements(By.cssSelector("#thisMonth li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Where the menu's links lead, in menu order. */
    public List<String> menuTargets() {
        return menuLinks.stream().map(link -> link.getAttribute("href")).toList();
    }

    /** The unread-messages badge next to "Messages", or 0 when there is none. */
    public int unreadMessages() {
        return menuLinks.stream()
                .flatMap(link -> link.findElements(org.openqa.selenium.By.cssSelector(".cx-badge")).stream())
                .map(badge -> Integer.parseInt(badge.getText().strip()))
                .findFirst()
                .orElse(0);
    }

    public String myName() {
        return myName.isEmpty() ? "" : myName.get(0).getText();
    }

    public String myLead() {
        return myLead.isEmpty() ? "" : myLead.get(0).getText();
    }

    /** The reward schemes that cover the person this period, each with where they stand. */
    public List<String> schemes() {
        return schemes.stream().map(WebElement::getText).toList();
    }

    public List<String> unitsILead() {
        return unitsILead.stream().map(WebElement::getText).toList();
    }

    public int peopleILead() {
        return peopleILead.size();
    }

    public boolean showsHeadcount() {
        return !headcountTotal.isEmpty();
    }

    public int headcount() {
        return Integer.parseInt(headcountTotal.get(0).getText().strip());
    }

    /** How many people, over every department, rank some motivator first (the table without "not ranked"). */
    public int motivatorFirstChoices() {
        int total = 0;
        for (WebElement row : motivatorMix) {
            var cells = row.findElements(org.openqa.selenium.By.tagName("td"));
            for (int i = 1; i < cells.size() - 1; i++) {
                total += Integer.parseInt(cells.get(i).getText().strip());
            }
        }
        return total;
    }

    /** Rows of the department × first-choice motivator table. */
    public int motivatorMixRows() {
        return motivatorMix.size();
    }

    public boolean showsSystemStatus() {
        return !systemStatus.isEmpty();
    }

    public int competencies() {
        return competencies.size();
    }

    public int values() {
        return values.size();
    }

    public void signOut() {
        logout.click();
    }

    /** Confirms the CX vision on its card ("I have read it …") and waits for the confirmation to show. */
    public void acknowledgeVision(WebDriverWait waiting) {
        driver.findElement(By.id("visionCard:acknowledgeVision")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("visionCard:visionAcknowledged")));
    }
}
