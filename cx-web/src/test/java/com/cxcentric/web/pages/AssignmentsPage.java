package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /training/assignments.xhtml: assigning a course and following up the assignments. */
public class AssignmentsPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    @FindBy(id = "assignForm:assign")
    private WebElement assign;

    @FindBy(id = "messages")
    private WebElement messages;

    private AssignmentsPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    public static AssignmentsPage open(WebDriver driver, URL base, WebDriverWait waiting, String query) {
        driver.get(base + "training/assignments.xhtml" + query);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("overviewForm")));
        return new AssignmentsPage(driver, waiting);
    }

    /** Assigns a course to a segment's members, due in the form's default number of days. */
    public String assignToSegment(String courseCode, long segmentId) {
        Widgets.select(driver, waiting, "widget_assignForm_course", courseCode);
        Widgets.select(driver, waiting, "widget_assignForm_segment", String.valueOf(segmentId));
        assign.click();
        waiting.until(d -> !messages.getText().isBlank());
        return messages.getText();
    }

    /** The texts of the follow-up table's rows. */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("#overviewForm\\:assignments_data tr")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    /** The state chips of the rows shown. */
    public List<String> states() {
        return driver.findElements(By.cssSelector("#overviewForm\\:assignments_data .cx-state")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The org unit of each row shown. */
    public List<String> units() {
        return driver.findElements(By.cssSelector("#overviewForm\\:assignments_data tr td:nth-child(2)")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The segments the form offers when assigning to a segment, as labelled ("Contact centre (12)"). */
    public List<String> offeredSegments() {
        if (driver.findElements(By.id("assignForm:segment_input")).isEmpty()) {
            driver.findElement(By.xpath("//div[@id='assignForm:target']//input[@value='SEGMENT']"
                            + "/ancestor::div[contains(@class,'ui-button')][1]"))
                    .click();
            waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("assignForm:segment_input")));
        }
        return driver.findElements(By.cssSelector("#assignForm\\:segment_input option")).stream()
                .filter(o -> !o.getAttribute("value").isEmpty())
                .map(o -> o.getAttribute("textContent").strip())
                .toList();
    }
}
