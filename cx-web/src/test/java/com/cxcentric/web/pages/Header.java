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

    /**
     * Picks a language by its label, e.g. "Nederlands", and waits until the page has come back in
     * that language (its {@code lang} attribute is {@code code}).
     */
    public void chooseLanguage(String label, String code, WebDriverWait waiting) {
        language.click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("languageForm:language_panel")));
        WebElement item = waiting.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#languageForm\\:language_items li[data-label='" + label + "']")));
        item.click();
        waiting.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", code));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("languageForm:language")));
    }

    public String pageLanguage() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }
}
