package com.cxcentric.web.pages;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;

/** /lead/my-team.xhtml */
public class MyTeamPage {

    @FindBy(css = "[id$='team_data'] tr")
    private List<WebElement> rows;

    @FindBy(css = "[id$='team_data'] a[id$='member']")
    private List<WebElement> memberLinks;

    private MyTeamPage(WebDriver driver) {
        PageFactory.initElements(driver, this);
    }

    public static MyTeamPage open(WebDriver driver, URL base) {
        driver.get(base + "lead/my-team.xhtml");
        return new MyTeamPage(driver);
    }

    public int rowsShown() {
        return rows.size();
    }

    public String firstMemberName() {
        return memberLinks.get(0).getText();
    }

    public void openFirstMember() {
        memberLinks.get(0).click();
    }

    public static String memberNumber(WebDriver driver) {
        return driver.findElement(By.id("memberNumber")).getText();
    }
}
