package com.cxcentric.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/courses.xhtml: the course catalog; a course's next revision opens in the course editor. */
public class CoursesPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private CoursesPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static CoursesPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/courses.xhtml");
        return opened(driver, waiting);
    }

    static CoursesPage opened(WebDriver driver, WebDriverWait waiting) {
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("coursesForm")));
        return new CoursesPage(driver, waiting);
    }

    /** The text of the catalog row of a course. */
    public String row(String code) {
        return rowElement(code).getText();
    }

    /** The page's messages. */
    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    /** Starts (or reopens) the course's next revision in the editor. */
    public CourseEditorPage edit(String code) {
        rowElement(code).findElement(By.cssSelector("button[id$=':edit']")).click();
        return new CourseEditorPage(driver, waiting);
    }

    /** Starts a new course from the form above the catalog; its draft opens in the editor. */
    public CourseEditorPage create(String code, String title, String summary) {
        driver.findElement(By.id("newCourseForm:code")).sendKeys(code);
        driver.findElement(By.id("newCourseForm:title")).sendKeys(title);
        driver.findElement(By.id("newCourseForm:summary")).sendKeys(summary);
        driver.findElement(By.id("newCourseForm:create")).click();
        return new CourseEditorPage(driver, waiting);
    }

    public CoursesPage publish(String code) {
        WebElement before = driver.findElement(By.id("coursesForm:courses"));
        rowElement(code).findElement(By.cssSelector("button[id$=':publish']")).click();
        waiting.until(ExpectedConditions.stalenessOf(before));
        return this;
    }

    private WebElement rowElement(String code) {
        return driver.findElements(By.cssSelector("#coursesForm\\:courses_data tr")).stream()
                .filter(r -> r.getText().contains(code + " ·"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No course " + code));
    }
}
