package vn.kiemchung.web;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.review.Province;

/** A walk through the running app in one headless Chromium per test class (skipped when there is none). */
public abstract class BrowserWalkSupport extends ServerTestSupport {

    protected static HeadlessChromium chromium;
    protected static WebDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start("this browser walk");
        browser = chromium.driver();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    /** Signs in one of the test province's accounts with the login form. */
    protected void login(String user) {
        chromium.login(port, user, Province.PASSWORD);
    }

    protected void open(String path) {
        chromium.open(port, path);
    }

    /** Clicks a form's button or a link and waits until the page it was on has been replaced by the answer. */
    protected static void submit(By button) {
        WebElement element = browser.findElement(button);
        element.click();
        chromium.awaitGone(element);
    }

    protected static void shot(String name) throws IOException {
        chromium.shot(name);
    }
}
