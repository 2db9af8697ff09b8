package vn.kiemchung.web.review;

import vn.kiemchung.web.BrowserWalkSupport;
import vn.kiemchung.web.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/**
 * Issue 16, items 2, 3, 4 and 8 in headless Chromium at 1366×768: an officer lands on "Việc của tôi",
 * finds the upload and submit at the top of the component page, must give a reason to submit with
 * ERRORs, and must confirm before an upload reopens a submitted component; the coordinator lands on
 * their work, sees the bell, the reopened mark in the queue, findings naming their files, a guarded
 * acceptance and the lock's preview; the officer then finds the send-back with its comment and
 * deadline. Screenshots in target/screenshots/.
 */
class DayOfWorkBrowserTest extends BrowserWalkSupport {

    @Test
    void officersAndCoordinatorsAreAskedBeforeReopeningOrDecidingWithErrorsAndFindTheirWork() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        TestClient coordinatorApi = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinatorApi.dossier(2023);
        TestClient officerApi = new TestClient(port, "can-bo-a", Province.PASSWORD);
        officerApi.upload(dossier, "1.4", "thong-bao-ca-mau-2021.txt", Province.FOREIGN_OLD_NOTICE);
        officerApi.upload(dossier, "1.4", "thong-bao-ca-mau-ban-sao.txt", Province.FOREIGN_OLD_NOTICE);
        String component = "/dossiers/" + dossier + "/components/1.4";

        // The officer lands on their work: the component with ERRORs is listed, fix-first names it.
        login("can-bo-a");
        assertThat(browser.getCurrentUrl()).endsWith("/my-work");
        oneLineTopBar();
        assertThat(browser.findElement(By.id("with-errors")).getText()).contains("1.4");
        assertThat(browser.findElement(By.id("fix-first")).getText()).contains("1.4").contains("Sở Thông tin và Truyền thông");
        shot("my-work-officer-errors");

        // Item 8: the upload and the submit come first; item 4: submitting with ERRORs names them and needs a reason.
        open(component);
        assertThat(browser.getTitle()).matches(".*Tỉnh .* 2023.*");
        assertThat(top(By.id("upload-section"))).isLessThan(top(By.id("findings-section")));
        assertThat(top(By.id("submit-review"))).isLessThan(768);
        assertThat(browser.findElement(By.id("submit-guard")).getText()).contains("thong-bao-ca-mau-2021.txt");
        shot("component-submit-guarded");
        browser.findElement(By.id("submit-review")).click();
        assertThat(browser.findElement(By.id("review-status")).getText()).as("the required reason stops the form")
                .isEqualTo("Đang soạn");
        browser.findElement(By.id("submit-reason")).sendKeys("Bản ký đang trình lãnh đạo, gửi trước để xin ý kiến");
        submit(By.id("submit-review"));
        assertThat(browser.findElement(By.id("review-status")).getText()).isEqualTo("Đã gửi rà soát");

        // Item 2: an upload to the submitted component asks first.
        assertThat(browser.findElement(By.id("reopen-guard")).getText()).contains("1.4").contains("Đã gửi rà soát");
        shot("component-reopen-asked");
        browser.findElement(By.id("reopen")).click();
        Path signed = file("thong-bao-36-da-ky.txt", Province.SIGNED_NOTICE);
        browser.findElement(By.id("files")).sendKeys(signed.toAbsolutePath().toString());
        browser.findElement(By.id("upload-button")).click();
        new WebDriverWait(browser, HeadlessChromium.PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(b -> b.findElement(By.id("review-status")).getText().equals("Đang soạn"));
        browser.findElement(By.id("submit-reason")).sendKeys("Đã có bản ký; hai bản chưa ký giữ để đối chiếu");
        submit(By.id("submit-review"));
        logout();

        // The coordinator lands on their work with the bell; the reopening is among the notifications.
        login("dieu-phoi");
        assertThat(browser.getCurrentUrl()).endsWith("/my-work");
        oneLineTopBar();
        assertThat(Integer.parseInt(browser.findElement(By.id("bell-count")).getText())).isPositive();
        assertThat(browser.findElement(By.id("to-review")).getText()).contains("1.4");
        assertThat(browser.findElement(By.id("reopened")).getText()).contains("1.4");
        shot("my-work-coordinator");
        submit(By.id("bell"));
        assertThat(browser.findElement(By.id("notifications")).getText()).contains("1.4").contains("mở lại");
        shot("notifications");
        submit(By.id("read-all"));
        assertThat(browser.findElements(By.id("bell-count"))).isEmpty();

        // The queue: titled by province and year, reopened marked and filterable, findings name their file.
        open("/dossiers/" + dossier + "/review?reopened=true");
        assertThat(browser.findElement(By.tagName("h1")).getText()).matches("(?s).*Tỉnh .* 2023.*");
        oneLineTopBar();
        WebElement row = browser.findElement(By.id("item-1.4"));
        assertThat(row.findElement(By.id("reopened-1.4")).getText()).isEqualTo("Mở lại");
        String findings = row.findElement(By.cssSelector("td.findings")).getText();
        assertThat(findings).contains("thong-bao-ca-mau-2021.txt").contains("thong-bao-ca-mau-ban-sao.txt");
        assertThat(browser.findElement(By.id("accept-guard-1.4")).getText()).contains("thong-bao-ca-mau-2021.txt");
        shot("review-queue-reopened-guarded");
        browser.findElement(By.id("accept-1.4")).click();
        assertThat(browser.findElement(By.id("item-1.4")).getText()).as("the required reason stops it").contains("Đã gửi rà soát");
        browser.findElement(By.id("open-send-back-1.4")).click();
        browser.findElement(By.id("c-1.4")).sendKeys("Hai bản chưa ký cần rút khỏi hồ sơ.");
        submit(By.id("send-back-1.4"));
        assertThat(browser.findElement(By.id("item-1.4")).getText()).contains("Cần bổ sung");

        // Locking first shows what is at zero and the points at risk.
        open("/dossiers/" + dossier);
        submit(By.id("open-lock"));
        assertThat(browser.findElement(By.id("zero-components")).getText()).contains("1.1");
        oneLineTopBar();
        assertThat(browser.findElement(By.id("lock-summary")).getText()).contains("điểm còn có nguy cơ mất");
        shot("lock-confirm");
        logout();

        // The officer finds the send-back with its comment and deadline, and the bell.
        login("can-bo-a");
        WebElement sentBack = browser.findElement(By.id("sent-back-" + dossier + "-1.4"));
        assertThat(sentBack.getText()).contains("Hai bản chưa ký cần rút khỏi hồ sơ.").containsPattern("\\d{2}/\\d{2}/\\d{4}");
        assertThat(browser.findElement(By.id("latest")).getText()).contains("trả lại");
        shot("my-work-officer-sent-back");
        open("/dossiers?lang=vi");
        logout();
    }

    /** Item 8: the top bar holds on one line at 1366 wide. */
    private static void oneLineTopBar() {
        WebElement bar = browser.findElement(By.cssSelector("header.top"));
        assertThat(bar.getSize().getHeight()).as("top bar height").isLessThan(60);
        Boolean fits = (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var h = document.querySelector('header.top'), b = h.querySelector('form button');"
                        + "return h.scrollWidth <= h.clientWidth && b.getBoundingClientRect().right <= document.documentElement.clientWidth");
        assertThat(fits).as("the top bar's last button is on screen, nothing overflows").isTrue();
    }

    private static long top(By element) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].getBoundingClientRect().top + window.scrollY", browser.findElement(element))).longValue();
    }

    private void logout() {
        submit(By.cssSelector("header.top form button"));
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    private static Path file(String name, String text) throws Exception {
        Path dir = Files.createTempDirectory("kiemchung-walk");
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
