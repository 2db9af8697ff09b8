package vn.kiemchung.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser of the walks: a real headless Chromium at 1366×768 in Vietnamese, driven by
 * Selenium. A walk is skipped, saying why, when chromium or chromedriver is missing. Screenshots
 * go to target/screenshots/.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path SHOTS = Path.of("target", "screenshots");
    public static final Duration PATIENCE = Duration.ofSeconds(180);

    private final WebDriver driver;

    private HeadlessChromium(WebDriver driver) {
        this.driver = driver;
    }

    /** Starts the browser, or skips the calling test class when it cannot. */
    public static HeadlessChromium start(String walk) throws IOException {
        Optional<Path> chrome = executable("CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = executable("CHROMEDRIVER", "chromedriver");
        Assumptions.assumeTrue(chrome.isPresent() && chromedriver.isPresent(),
                "Skipped: " + walk + " needs chromium and chromedriver on the PATH "
                        + "(apt-get install -y chromium chromium-driver); found chromium=" + chrome.isPresent()
                        + ", chromedriver=" + chromedriver.isPresent());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("kiemchung-chromium"), "--window-size=1366,768", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
        Files.createDirectories(SHOTS);
        return new HeadlessChromium(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(int port, String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Signs in with the login form and waits until the app has let the user in. */
    public void login(int port, String user, String password) {
        open(port, "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        new WebDriverWait(driver, PATIENCE).until(b -> !b.getCurrentUrl().endsWith("/login"));
        assertThat(driver.getCurrentUrl()).doesNotContain("error");
    }

    /**
     * Waits until an element has left the page (the page was replaced). Chromium sometimes answers
     * a question about such an element with "Node with given id does not belong to the document"
     * instead of a stale-element error: that counts as gone too.
     */
    public void awaitGone(WebElement element) {
        new WebDriverWait(driver, PATIENCE).until(b -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public void shot(String name) throws IOException {
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Optional<Path> executable(String env, String... names) {
        String configured = System.getenv(env);
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(names).flatMap(n -> Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, n)))
                .filter(Files::isExecutable).findFirst();
    }
}
