package com.cxcentric.web.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /hr/segment.xhtml: a segment's figures and members. */
public class SegmentPage {

    private final WebDriver driver;

    SegmentPage(WebDriver driver) {
        this.driver = driver;
    }

    public String title() {
        return driver.findElement(By.cssSelector("h1")).getText();
    }

    public int memberCount() {
        return Integer.parseInt(
                driver.findElement(By.id("memberCount")).getText().strip());
    }

    /** The job titles in the members table's first page. */
    public List<String> jobTitles() {
        return driver.findElements(By.cssSelector("[id$='members_data'] tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() > 3)
                .map(cells -> cells.get(3).getText())
                .toList();
    }

    /** Whether the four charts were drawn (Chart.js canvases). */
    public int charts() {
        return driver.findElements(By.cssSelector("canvas")).size();
    }

    public List<WebElement> exportLinks() {
        return List.of(
                driver.findElement(By.id("membersForm:exportCsv")),
                driver.findElement(By.id("membersForm:exportXlsx")));
    }
}
