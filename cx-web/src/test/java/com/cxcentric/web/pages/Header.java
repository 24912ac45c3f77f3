package com.cxcentric.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The header every page shares: language choice and the signed-in user. */
public class Header {

    @FindBy(id = "languageForm:language")
    private WebElement language;

    private final WebDriver driver;

    private Header(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public static Header of(WebDriver driver) {
        return new Header(driver);
    }

    /** Picks a language by its label, e.g. "Nederlands", and waits for the page to come back in it. */
    public void chooseLanguage(String label, WebDriverWait waiting) {
        WebElement before = driver.findElement(By.tagName("html"));
        language.click();
        WebElement item = waiting.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#languageForm\\:language_items li[data-label='" + label + "']")));
        item.click();
        waiting.until(ExpectedConditions.stalenessOf(before));
    }

    public String pageLanguage() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }
}
