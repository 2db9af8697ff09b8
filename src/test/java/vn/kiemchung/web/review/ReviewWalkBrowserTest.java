package vn.kiemchung.web.review;

import vn.kiemchung.web.BrowserWalkSupport;
import vn.kiemchung.web.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/**
 * The coordinator's back-and-forth in a real headless Chromium: an officer uploads and sees a
 * finding, the coordinator sends it back with a comment, the officer uploads a fixed file, the
 * coordinator accepts, and the dashboard's score rises. Screenshots go to target/screenshots/.
 */
class ReviewWalkBrowserTest extends BrowserWalkSupport {

    @Test
    void sentBackFixedAndAcceptedEvidenceRaisesTheScore() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        TestClient coordinatorApi = new TestClient(port, "dieu-phoi", Province.PASSWORD);
        long dossier = coordinatorApi.dossier(2023);
        String base = coordinatorApi.base();
        Path unsigned = file("thong-bao-36-chua-ky.txt", vn.kiemchung.TestDossiers.localise(base, dossier, Province.UNSIGNED_NOTICE));
        Path signed = file("thong-bao-36-da-ky.txt", vn.kiemchung.TestDossiers.localise(base, dossier, Province.SIGNED_NOTICE));
        String component = "/dossiers/" + dossier + "/components/1.4";

        // The officer uploads a notice without a signature block and sees the finding at once.
        login("can-bo-a");
        open(component);
        upload(unsigned);
        assertThat(browser.findElement(By.id("findings")).getText()).contains("SIGNATURE_MISSING");
        shot("component-finding");
        BigDecimal before = score(dossier);
        shot("dashboard-before");
        open(component);
        reasonIfAsked("submit-reason", "Đang chờ bản ký, gửi trước để xin ý kiến");
        submit(By.id("submit-review"));
        assertThat(browser.findElement(By.id("review-status")).getText()).isEqualTo("Đã gửi rà soát");
        logout();

        // The coordinator sends it back with a comment (the deadline is pre-filled a week ahead).
        login("dieu-phoi");
        open("/dossiers/" + dossier + "/review");
        shot("review-queue");
        browser.findElement(By.id("open-send-back-1.4")).click();
        browser.findElement(By.id("c-1.4")).sendKeys("Văn bản chưa có chữ ký của người có thẩm quyền; đề nghị tải bản đã ký.");
        submit(By.id("send-back-1.4"));
        assertThat(browser.findElement(By.id("item-1.4")).getText()).contains("Cần bổ sung");
        logout();

        // The officer reads the comment and uploads the signed notice.
        login("can-bo-a");
        open(component);
        assertThat(browser.findElement(By.id("supplement-comment")).getText()).contains("chưa có chữ ký");
        upload(signed);
        reasonIfAsked("submit-reason", "Đã tải bản có chữ ký; bản cũ giữ để đối chiếu");
        submit(By.id("submit-review"));
        assertThat(browser.findElement(By.id("review-status")).getText()).isEqualTo("Đã gửi rà soát");
        logout();

        // The coordinator accepts; the dashboard's projected score has risen.
        login("dieu-phoi");
        open("/dossiers/" + dossier + "/review");
        reasonIfAsked("ar-1.4", "Bản có chữ ký đã có; bản chưa ký giữ để đối chiếu");
        submit(By.id("accept-1.4"));
        assertThat(browser.findElement(By.id("item-1.4")).getText()).contains("Đã chấp nhận");
        BigDecimal after = score(dossier);
        shot("dashboard-after");
        assertThat(after).isGreaterThan(before);
        assertThat(browser.findElement(By.id("points-1.4")).getText()).as("Vietnamese number format").startsWith("14,29");
        // The chart per lead department: the officer's department now holds the accepted component's points.
        WebElement departments = browser.findElement(By.id("departments"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -70)", departments);
        assertThat(departments.getText()).contains("Sở Thông tin và Truyền thông 14,29").contains("(chưa giao đơn vị)");
        shot("dashboard-departments");
        open("/dossiers/" + dossier + "/audit");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("trả lại để bổ sung").contains("chấp nhận").contains("tải tệp lên").doesNotContain("REVIEW_SENT_BACK");
        shot("audit-trail");
        open("/dossiers/" + dossier + "?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Dossier dashboard");
        shot("dashboard-en");
        open("/dossiers/" + dossier + "?lang=vi");
        logout();
    }

    /** A decision on a component with ERRORs asks for a reason (issue 16, item 4): given when asked. */
    private static void reasonIfAsked(String field, String reason) {
        browser.findElements(By.id(field)).forEach(f -> f.sendKeys(reason));
    }

    private void logout() {
        submit(By.cssSelector("header.top form button"));
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    /** Clicks a button that sends a form and waits for the next page to replace this one. */
    /**
     * Uploads one file with the page's form (the page script sends it and refreshes the page's
     * parts in place) and waits until the evidence list shows it.
     */
    private static void upload(Path file) {
        browser.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload-button")).click();
        new WebDriverWait(browser, HeadlessChromium.PATIENCE)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(b -> b.findElement(By.id("evidence")).getText().contains(file.getFileName().toString()));
    }

    private BigDecimal score(long dossier) {
        open("/dossiers/" + dossier);
        return new BigDecimal(browser.findElement(By.id("projected-score")).getText().strip().replace(".", "").replace(',', '.'));
    }

    private static Path file(String name, String text) throws Exception {
        Path dir = Files.createTempDirectory("kiemchung-walk");
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
