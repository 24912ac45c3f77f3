package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/competencies.xhtml: the competency framework and the competencies HR adds. */
public class CompetenciesPage {

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private CompetenciesPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
    }

    public static CompetenciesPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/competencies.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("competencyForm")));
        return new CompetenciesPage(driver, waiting);
    }

    /** Adds a competency and returns the page's message. */
    public String add(String code, String name, String description) {
        for (String field : List.of("competencyCode", "competencyName", "competencyDescription")) {
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

    /** The names of the competencies listed. */
    public List<String> names() {
        return driver.findElements(By.cssSelector("#competencies .cx-competency-name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The course titles on the row of a competency, by its name. */
    public List<String> taughtBy(String name) {
        return driver.findElements(By.cssSelector("#competencies_data tr")).stream()
                .filter(row -> row.findElement(By.cssSelector(".cx-competency-name"))
                        .getText()
                        .equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No competency " + name))
                .findElements(By.cssSelector(".cx-chip"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }
}
