package com.cxcentric.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /me/training.xhtml: an employee's courses to do and completed. */
public class MyTrainingPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private MyTrainingPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static MyTrainingPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "me/training.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cx-page-title")));
        return new MyTrainingPage(driver, waiting);
    }

    /** Opens the course with this title from the to-do cards. */
    public CoursePage start(String title) {
        WebElement card = driver.findElements(By.cssSelector(".cx-training-card")).stream()
                .filter(c -> c.getAttribute("aria-label").equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No course card " + title));
        card.findElement(By.cssSelector("a[href*='course.xhtml']")).click();
        return CoursePage.current(driver, waiting);
    }

    /** The text of the completed table. */
    public String completed() {
        return driver.findElements(By.id("completed")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }
}
