package com.cxcentric.web.pages;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /login.xhtml */
public class LoginPage {

    @FindBy(id = "loginForm:username")
    private WebElement username;

    @FindBy(id = "loginForm:password")
    private WebElement password;

    @FindBy(id = "loginForm:signIn")
    private WebElement signIn;

    @FindBy(id = "loginForm:loginMessages")
    private WebElement messages;

    private final WebDriver driver;

    private LoginPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public static LoginPage open(WebDriver driver, URL base) {
        driver.get(base + "login.xhtml");
        return new LoginPage(driver);
    }

    /** The login page the portal redirected to. */
    public static LoginPage current(WebDriver driver) {
        return new LoginPage(driver);
    }

    public HomePage signInAs(String user, String secret, WebDriverWait waiting) {
        submit(user, secret, waiting);
        waiting.until(ExpectedConditions.presenceOfElementLocated(HomePage.GREETING));
        return HomePage.current(driver);
    }

    /** Fills in and sends the form, and waits until the browser has left the page it was on. */
    public void submit(String user, String secret, WebDriverWait waiting) {
        WebElement form = driver.findElement(By.id("loginForm"));
        username.clear();
        username.sendKeys(user);
        password.sendKeys(secret);
        signIn.click();
        waiting.until(ExpectedConditions.stalenessOf(form));
    }

    public String messages() {
        return messages.getText();
    }
}
