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

/** /admin/api-tokens.xhtml */
public class ApiTokensPage {

    @FindBy(id = "issueForm:name")
    private WebElement name;

    @FindBy(id = "issueForm:issue")
    private WebElement issue;

    @FindBy(css = "[id$='tokens_data'] tr")
    private List<WebElement> rows;

    private final WebDriver driver;
    private final WebDriverWait waiting;

    private ApiTokensPage(WebDriver driver, WebDriverWait waiting) {
        this.driver = driver;
        this.waiting = waiting;
        PageFactory.initElements(driver, this);
    }

    public static ApiTokensPage open(WebDriver driver, URL base, WebDriverWait waiting) {
        driver.get(base + "admin/api-tokens.xhtml");
        return new ApiTokensPage(driver, waiting);
    }

    /** Issues a token and returns the secret the page shows once. */
    public String issue(String tokenName, String accountName, String scopeValue) {
        name.sendKeys(tokenName);
        Widgets.select(driver, waiting, "tokenAccount", accountName);
        driver.findElements(By.cssSelector("#issueForm\\:scopes label")).stream()
                .filter(label -> label.getText().startsWith(scopeValue))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no scope " + scopeValue))
                .click();
        issue.click();
        WebElement secret = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("issueForm:secret")));
        return secret.getAttribute("value");
    }

    /** Revokes the token of that name through the confirmation dialog. */
    public void revoke(String tokenName) {
        WebElement row = rows.stream()
                .filter(r -> r.getText().contains(tokenName))
                .findFirst()
                .orElseThrow();
        row.findElement(By.cssSelector("button[id$='revoke']")).click();
        waiting.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        // Wait for this token's own row: other tokens in the table may be revoked already.
        waiting.until(d -> rows.stream()
                .anyMatch(r -> r.getText().contains(tokenName) && r.getText().contains("Revoked or expired")));
    }
}
