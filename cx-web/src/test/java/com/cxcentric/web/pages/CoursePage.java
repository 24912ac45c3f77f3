package com.cxcentric.web.pages;

import java.util.Collection;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /me/course.xhtml: taking a course's lessons, its quiz and seeing the result. */
public class CoursePage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    @FindBy(id = "courseForm")
    private WebElement form;

    private CoursePage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    static CoursePage current(WebDriver driver, WebDriverWait waiting) {
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("courseForm")));
        return new CoursePage(driver, waiting);
    }

    public String lessonTitle() {
        return driver.findElement(By.id("lessonTitle")).getText();
    }

    /** Marks the lesson on screen done and waits for the next lesson or the quiz. */
    public CoursePage completeLesson() {
        WebElement before = driver.findElement(By.id("courseForm"));
        driver.findElement(By.id("courseForm:lessonDone")).click();
        waiting.until(ExpectedConditions.stalenessOf(before));
        return current(driver, waiting);
    }

    public boolean showsQuiz() {
        return !driver.findElements(By.id("quiz")).isEmpty();
    }

    /**
     * Answers every question on screen with the options {@code rightAnswers} gives for its prompt,
     * then hands the answers in.
     */
    public CoursePage answerAndSubmit(Function<String, Collection<String>> rightAnswers) {
        Widgets.answer(driver, rightAnswers);
        WebElement before = driver.findElement(By.id("courseForm"));
        driver.findElement(By.id("courseForm:submitQuiz")).click();
        waiting.until(ExpectedConditions.stalenessOf(before));
        return current(driver, waiting);
    }

    public String score() {
        return driver.findElement(By.id("score")).getText();
    }

    /** How many answers the result explains. */
    public int explainedAnswers() {
        return driver.findElements(By.cssSelector(".cx-answer")).size();
    }

    /** The address of the certificate download. */
    public String certificateLink() {
        return driver.findElement(By.id("courseForm:certificate")).getAttribute("href");
    }
}
