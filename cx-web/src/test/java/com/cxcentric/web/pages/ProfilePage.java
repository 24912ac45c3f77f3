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

/** /me/profile.xhtml */
public class ProfilePage {

    @FindBy(css = "#ranked li")
    private List<WebElement> ranked;

    @FindBy(id = "motivatorsForm:save")
    private WebElement save;

    @FindBy(id = "profileData")
    private WebElement data;

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private ProfilePage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    public static ProfilePage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "me/profile.xhtml");
        return new ProfilePage(driver, waiting);
    }

    public String data() {
        return data.getText();
    }

    /** The ranked motivators, most valued first, as their enum names. */
    public List<String> ranking() {
        return ranked.stream().map(li -> li.getAttribute("data-motivator")).toList();
    }

    public void clearRanking() {
        while (!ranked.isEmpty()) {
            click(ranked.get(0).findElement(By.cssSelector("button[id$='remove']")));
        }
    }

    public void add(String motivator) {
        click(driver.findElement(By.cssSelector("#unranked li[data-motivator='" + motivator + "'] button")));
    }

    public void moveUp(String motivator) {
        click(driver.findElement(By.cssSelector("#ranked li[data-motivator='" + motivator + "'] button[id$='up']")));
    }

    public void save() {
        click(save);
        waiting.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("motivatorsForm:motivatorMessages"), "saved"));
    }

    /** Clicks a button that updates the form by Ajax and waits until the form has been replaced. */
    private void click(WebElement button) {
        WebElement form = driver.findElement(By.id("motivatorsForm"));
        button.click();
        waiting.until(ExpectedConditions.stalenessOf(form));
        PageFactory.initElements(driver, this);
    }
}
