package com.cxcentric.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The header every page shares: language choice and the signed-in user. */
public class Header {

    private final WebDriver driver;

    private Header(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public static Header of(WebDriver driver) {
        return new Header(driver);
    }

    /**
     * Chooses a language in the header's drop-down, e.g. "nl", and waits until the page has come
     * back in it. The selection goes through the PrimeFaces widget, as a click on an item does,
     * without depending on the drop-down's opening animation.
     */
    public void chooseLanguage(String code, WebDriverWait waiting) {
        Widgets.select(driver, waiting, "languageMenu", code);
        // The page is replaced under our feet: ask the current document, and ask again when it is gone mid-question.
        waiting.until(d -> {
            try {
                return code.equals(((JavascriptExecutor) d)
                        .executeScript(
                                "return document.readyState === 'complete' ? document.documentElement.lang : null;"));
            } catch (WebDriverException reloading) {
                return false;
            }
        });
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("languageForm:language")));
    }

    public String pageLanguage() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }
}
