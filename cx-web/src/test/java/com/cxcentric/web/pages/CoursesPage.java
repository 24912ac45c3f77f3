package com.cxcentric.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/courses.xhtml: the course catalog, editing a course's next revision and publishing it. */
public class CoursesPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private CoursesPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static CoursesPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/courses.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("coursesForm")));
        return new CoursesPage(driver, waiting);
    }

    /** The text of the catalog row of a course. */
    public String row(String code) {
        return rowElement(code).getText();
    }

    /** Starts (or reopens) the course's next revision. */
    public CoursesPage edit(String code) {
        click(rowElement(code).findElement(By.cssSelector("button[id$=':edit']")));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("coursesForm:draft")));
        return this;
    }

    /** Renames the draft's first lesson and saves the draft. */
    public CoursesPage renameFirstLesson(String title) {
        WebElement field = driver.findElement(By.id("coursesForm:lessons:0:title"));
        field.clear();
        field.sendKeys(title);
        click(driver.findElement(By.id("coursesForm:saveLessons")));
        return this;
    }

    public String firstLessonTitle() {
        return driver.findElement(By.id("coursesForm:lessons:0:title")).getAttribute("value");
    }

    public CoursesPage publish(String code) {
        click(rowElement(code).findElement(By.cssSelector("button[id$=':publish']")));
        return this;
    }

    private WebElement rowElement(String code) {
        return driver.findElements(By.cssSelector("#coursesForm\\:courses_data tr")).stream()
                .filter(r -> r.getText().contains(code + " ·"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No course " + code));
    }

    private void click(WebElement button) {
        WebElement before = driver.findElement(By.id("coursesForm:courses"));
        button.click();
        waiting.until(ExpectedConditions.stalenessOf(before));
    }
}
