package com.cxcentric.web.pages;

import java.util.Collection;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /me/refresher.xhtml: a refresher's questions, then every answer explained. */
public class RefresherPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private RefresherPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    /** Opens the first refresher still to take from My training. */
    public static RefresherPage openFirst(WebDriver driver, WebDriverWait waiting) {
        driver.findElement(By.cssSelector("a[href*='refresher.xhtml']")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("refresherForm:submitRefresher")));
        return new RefresherPage(driver, waiting);
    }

    public int questions() {
        return driver.findElements(By.cssSelector(".cx-question")).size();
    }

    public RefresherPage answerAndSubmit(Function<String, Collection<String>> rightAnswers) {
        Widgets.answer(driver, rightAnswers);
        driver.findElement(By.id("refresherForm:submitRefresher")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("refresherScore")));
        return this;
    }

    public String score() {
        return driver.findElement(By.id("refresherScore")).getText();
    }

    public int explainedAnswers() {
        return driver.findElements(By.cssSelector(".cx-answer")).size();
    }
}
