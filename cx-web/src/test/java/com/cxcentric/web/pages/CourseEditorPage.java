package com.cxcentric.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/course-edit.xhtml: the draft of a course's next revision, with its settings, lessons, files and questions. */
public class CourseEditorPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    CourseEditorPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("courseForm:draft")));
    }

    /** Renames the draft's first lesson and saves the draft. */
    public CourseEditorPage renameFirstLesson(String title) {
        WebElement field = driver.findElement(By.id("courseForm:lessons:0:title"));
        field.clear();
        field.sendKeys(title);
        click(driver.findElement(By.id("courseForm:saveLessons")));
        return this;
    }

    public String firstLessonTitle() {
        return driver.findElement(By.id("courseForm:lessons:0:title")).getAttribute("value");
    }

    /** Sets how many questions an attempt draws and saves the description and rules. */
    public CourseEditorPage drawQuestionsPerAttempt(int count) {
        WebElement field = driver.findElement(By.id("courseForm:perAttempt_input"));
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), String.valueOf(count));
        click(driver.findElement(By.id("courseForm:saveSettings")));
        return this;
    }

    /** Adds a lesson at the end with a title and a line of text in the editor, and saves the lessons. */
    public CourseEditorPage addLesson(String title, String text) {
        int index = driver.findElements(By.cssSelector("[id$=':title'][id^='courseForm:lessons:']"))
                .size();
        click(driver.findElement(By.id("courseForm:addLesson")));
        driver.findElement(By.id("courseForm:lessons:" + index + ":title")).sendKeys(title);
        driver.findElement(By.cssSelector("[id='courseForm:lessons:" + index + ":body'] .ql-editor"))
                .sendKeys(text);
        click(driver.findElement(By.id("courseForm:saveLessons")));
        return this;
    }

    /** Uploads a file to lesson {@code number} of the draft and returns the page's message. */
    public String attach(int number, java.nio.file.Path file) {
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(By.id("courseForm:lessons:" + (number - 1) + ":upload_input"))
                .sendKeys(file.toAbsolutePath().toString());
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }

    /** What the browser downloads from the first file link of the draft's lessons, as text. */
    public String downloadFirstFile() {
        String href =
                driver.findElement(By.cssSelector("#courseForm ul.cx-files a")).getAttribute("href");
        Object text = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        href);
        return String.valueOf(text);
    }

    /** Opens a new question and writes its prompt and options (label, explanation pairs); the first option starts out right. */
    public CourseEditorPage writeQuestion(String prompt, String... labelsAndExplanations) {
        click(driver.findElement(By.id("courseForm:newQuestion")));
        driver.findElement(By.id("courseForm:prompt")).sendKeys(prompt);
        for (int i = 0; i < labelsAndExplanations.length / 2; i++) {
            driver.findElement(By.id("courseForm:options:" + i + ":label")).sendKeys(labelsAndExplanations[2 * i]);
            driver.findElement(By.id("courseForm:options:" + i + ":explanation"))
                    .sendKeys(labelsAndExplanations[2 * i + 1]);
        }
        return this;
    }

    /** Flips whether the first option of the question being written is right. */
    public CourseEditorPage toggleFirstOptionRight() {
        driver.findElement(By.cssSelector("[id='courseForm:options:0:correct'] .ui-toggleswitch-slider"))
                .click();
        return this;
    }

    /** Saves the question being written and returns the page's message. */
    public String saveQuestion() {
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(By.id("courseForm:saveQuestion")).click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }

    /** The prompts of the draft's question bank, in order. */
    public java.util.List<String> questionPrompts() {
        return driver.findElements(By.cssSelector("#courseForm\\:questions_data tr td:nth-child(3)")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    /** Publishes the draft; the catalog opens and says so. */
    public CoursesPage publish() {
        WebElement before = driver.findElement(By.id("courseForm"));
        driver.findElement(By.id("courseForm:publish")).click();
        waiting.until(ExpectedConditions.stalenessOf(before));
        return CoursesPage.opened(driver, waiting);
    }

    private void click(WebElement button) {
        WebElement before = driver.findElement(By.id("courseForm:draft"));
        button.click();
        waiting.until(ExpectedConditions.stalenessOf(before));
    }
}
