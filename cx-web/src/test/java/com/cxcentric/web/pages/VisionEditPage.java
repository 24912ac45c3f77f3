package com.cxcentric.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /vision/edit.xhtml: leadership writes the CX vision and publishes a version. */
public class VisionEditPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    @FindBy(id = "visionForm:publish")
    private WebElement publish;

    private VisionEditPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    public static VisionEditPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "vision/edit.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("visionForm:publish")));
        return new VisionEditPage(driver, waiting);
    }

    /** Publishes what the form holds (the last version's texts when no draft was saved) and returns the message. */
    public String publish() {
        publish.click();
        waiting.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        By message = By.cssSelector("#visionForm\\:visionMessages .ui-messages-info-summary,"
                + " #visionForm\\:visionMessages .ui-messages-error-summary");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(message));
        return driver.findElement(By.id("visionForm:visionMessages")).getText();
    }
}
