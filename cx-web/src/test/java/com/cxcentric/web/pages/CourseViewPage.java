package com.cxcentric.web.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/course-view.xhtml: a course read only, its rules, lessons and question bank. */
public class CourseViewPage {

    @FindBy(id = "rules")
    private WebElement rules;

    @FindBy(css = ".cx-lesson h2")
    private List<WebElement> lessonTitles;

    @FindBy(css = ".cx-bank-question")
    private List<WebElement> questions;

    @FindBy(css = ".cx-options li.cx-right")
    private List<WebElement> rightOptions;

    private final WebDriver driver;

    private CourseViewPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    /** Opens a course from the catalog by clicking its title, as HR does. */
    public static CourseViewPage openFrom(CoursesPage catalog, WebDriver driver, WebDriverWait waiting, String title) {
        driver.findElement(By.linkText(title)).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("rules")));
        return new CourseViewPage(driver);
    }

    public String rules() {
        return rules.getText();
    }

    public List<String> lessonTitles() {
        return lessonTitles.stream().map(WebElement::getText).toList();
    }

    public int questions() {
        return questions.size();
    }

    public int rightOptions() {
        return rightOptions.size();
    }

    /** Whether any field on the page can be typed into: a read-only page has none. */
    public boolean hasInputs() {
        return !driver.findElements(By.cssSelector("main input:not([type=hidden]), main textarea"))
                .isEmpty();
    }
}
