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

/** /hr/employee-edit.xhtml: HR's form for one person's record. */
public class EmployeeEditPage {

    @FindBy(id = "employeeForm:jobTitle")
    private WebElement jobTitle;

    @FindBy(id = "employeeForm:manager")
    private WebElement manager;

    @FindBy(id = "employeeForm:save")
    private WebElement save;

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private EmployeeEditPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    public static EmployeeEditPage open(WebDriver driver, URL base, WebDriverWait waiting, String number) {
        driver.get(base + "hr/employee-edit.xhtml?number=" + number);
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("employeeForm:save")));
        return new EmployeeEditPage(driver, waiting);
    }

    public EmployeeEditPage jobTitle(String text) {
        jobTitle.clear();
        jobTitle.sendKeys(text);
        return this;
    }

    public EmployeeEditPage manager(String number) {
        manager.clear();
        manager.sendKeys(number);
        return this;
    }

    /** Saves expecting a refusal; returns the error messages shown. */
    public List<String> saveRefused() {
        save.click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
        return driver.findElements(By.cssSelector(".ui-messages-error-summary")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Saves and lands on the employee's page; returns the job title shown there. */
    public String saveAndReadJobTitle() {
        save.click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("employeeNumber")));
        return driver.findElement(By.cssSelector("#employeeData dd:nth-of-type(2)"))
                .getText();
    }
}
