package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /hr/org-chart.xhtml: the unit tree with leads and headcount. */
public class OrgChartPage {

    private final WebDriver driver;

    private OrgChartPage(WebDriver driver) {
        this.driver = driver;
    }

    public static OrgChartPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "hr/org-chart.xhtml");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("orgChartForm:units")));
        return new OrgChartPage(driver);
    }

    /** The number of current people in no unit, as the page states it; 0 when it says nothing. */
    public int unplaced() {
        return driver.findElements(By.id("orgChartForm:unplaced")).stream()
                .map(e -> Integer.parseInt(e.getText().strip().split(" ")[0]))
                .findFirst()
                .orElse(0);
    }

    /** The people counted under the top-level units (each with everything below it). */
    public int topLevelTotal() {
        return driver.findElements(By.cssSelector("[id$='units_data'] tr")).stream()
                .filter(row -> !row.getAttribute("data-rk").contains("_"))
                .mapToInt(row -> Integer.parseInt(
                        row.findElements(By.tagName("td")).get(4).getText().strip()))
                .sum();
    }

    /** The visible rows, each as its cells' texts. */
    public List<List<String>> rows() {
        return driver.findElements(By.cssSelector("[id$='units_data'] tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .map(String::strip)
                        .toList())
                .toList();
    }
}
