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

    /** Adds a competency from the form above the catalog and returns the page's message. */
    public String addCompetency(String code, String name, String description) {
        for (String field : java.util.List.of("competencyCode", "competencyName", "competencyDescription")) {
            driver.findElement(By.id("competencyForm:" + field)).clear();
        }
        driver.findElement(By.id("competencyForm:competencyCode")).sendKeys(code);
        driver.findElement(By.id("competencyForm:competencyName")).sendKeys(name);
        driver.findElement(By.id("competencyForm:competencyDescription")).sendKeys(description);
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(By.id("competencyForm:addCompetency")).click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }

    /** The competencies listed above the catalog, as "name (CODE)". */
    public java.util.List<String> competencies() {
        return driver.findElements(By.cssSelector("#competencyForm .cx-chip")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Starts a new course from the form above the catalog; the draft opens below. */
    public CoursesPage create(String code, String title, String summary) {
        driver.findElement(By.id("newCourseForm:code")).sendKeys(code);
        driver.findElement(By.id("newCourseForm:title")).sendKeys(title);
        driver.findElement(By.id("newCourseForm:summary")).sendKeys(summary);
        click(driver.findElement(By.id("newCourseForm:create")));
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("coursesForm:draft")));
        return this;
    }

    /** Sets how many questions an attempt draws and saves the description and rules. */
    public CoursesPage drawQuestionsPerAttempt(int count) {
        WebElement field = driver.findElement(By.id("coursesForm:perAttempt_input"));
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), String.valueOf(count));
        click(driver.findElement(By.id("coursesForm:saveSettings")));
        return this;
    }

    /** Adds a lesson at the end with a title and a line of text in the editor, and saves the lessons. */
    public CoursesPage addLesson(String title, String text) {
        int index = driver.findElements(By.cssSelector("[id$=':title'][id^='coursesForm:lessons:']"))
                .size();
        click(driver.findElement(By.id("coursesForm:addLesson")));
        driver.findElement(By.id("coursesForm:lessons:" + index + ":title")).sendKeys(title);
        driver.findElement(By.cssSelector("[id='coursesForm:lessons:" + index + ":body'] .ql-editor"))
                .sendKeys(text);
        click(driver.findElement(By.id("coursesForm:saveLessons")));
        return this;
    }

    /** Uploads a file to lesson {@code number} of the draft and returns the page's message. */
    public String attach(int number, java.nio.file.Path file) {
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(By.id("coursesForm:lessons:" + (number - 1) + ":upload_input"))
                .sendKeys(file.toAbsolutePath().toString());
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }

    /** What the browser downloads from the first file link of the draft's lessons, as text. */
    public String downloadFirstFile() {
        String href =
                driver.findElement(By.cssSelector("#coursesForm ul.cx-files a")).getAttribute("href");
        Object text = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        href);
        return String.valueOf(text);
    }

    /** Opens a new question and writes its prompt and options (label, explanation pairs); the first option starts out right. */
    public CoursesPage writeQuestion(String prompt, String... labelsAndExplanations) {
        click(driver.findElement(By.id("coursesForm:newQuestion")));
        driver.findElement(By.id("coursesForm:prompt")).sendKeys(prompt);
        for (int i = 0; i < labelsAndExplanations.length / 2; i++) {
            driver.findElement(By.id("coursesForm:options:" + i + ":label")).sendKeys(labelsAndExplanations[2 * i]);
            driver.findElement(By.id("coursesForm:options:" + i + ":explanation"))
                    .sendKeys(labelsAndExplanations[2 * i + 1]);
        }
        return this;
    }

    /** Flips whether the first option of the question being written is right. */
    public CoursesPage toggleFirstOptionRight() {
        driver.findElement(By.cssSelector("[id='coursesForm:options:0:correct'] .ui-toggleswitch-slider"))
                .click();
        return this;
    }

    /** Saves the question being written and returns the page's message. */
    public String saveQuestion() {
        WebElement messages = driver.findElement(By.id("messages"));
        driver.findElement(By.id("coursesForm:saveQuestion")).click();
        waiting.until(ExpectedConditions.stalenessOf(messages));
        return driver.findElement(By.id("messages")).getText();
    }

    /** The prompts of the draft's question bank, in order. */
    public java.util.List<String> questionPrompts() {
        return driver.findElements(By.cssSelector("#coursesForm\\:questions_data tr td:nth-child(3)")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
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
