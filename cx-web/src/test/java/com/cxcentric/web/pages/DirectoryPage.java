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

/** /hr/directory.xhtml */
public class DirectoryPage {

    @FindBy(id = "directoryForm:query")
    private WebElement query;

    @FindBy(css = "[id$='people_data'] tr")
    private List<WebElement> rows;

    @FindBy(css = "[id$='people_paginator_bottom'] .ui-paginator-current")
    private WebElement report;

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private DirectoryPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    public static DirectoryPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/directory.xhtml");
        return new DirectoryPage(driver, waiting);
    }

    /** Types a search and waits for the table to show its result. */
    public void search(String text) {
        WebElement table = driver.findElement(By.id("directoryForm:people"));
        query.sendKeys(text);
        waiting.until(ExpectedConditions.stalenessOf(table));
    }

    public int rowsShown() {
        return rows.size();
    }

    /** "1–25 / 297" */
    public String pageReport() {
        return report.getText();
    }

    public List<String> numbersShown() {
        return rows.stream()
                .map(r -> r.findElements(By.tagName("td")).get(1).getText())
                .toList();
    }

    public void openFirst() {
        rows.get(0).findElement(By.cssSelector("a[id$='open']")).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("employeeNumber")));
    }
}
