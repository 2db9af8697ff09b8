package vn.kiemchung.web.dossiers;

import vn.kiemchung.web.BrowserWalkSupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/**
 * The component page's upload in a real headless Chromium at 1366×768: an officer sends a ZIP of
 * two documents through the page script and sees each entry stored with its progress complete,
 * drops two more files on the drop zone, and opens a PDF's preview. Screenshots go to
 * target/screenshots/.
 */
class ComponentUploadBrowserTest extends BrowserWalkSupport {

    private static final Path SAMPLE_PDF =
            Path.of("sample-evidence", "bac-lieu-2023", "2.9", "Quyết định 1742 thành lập Trung tâm Chuyển đổi số tỉnh.pdf");
    @Test
    void anOfficerUploadsAZipAndDroppedFilesWithProgressThenPreviewsAPdf() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        long dossier = new TestClient(port, "dieu-phoi", Province.PASSWORD)
                .dossier(2023);
        String component = "/dossiers/" + dossier + "/components/1.4";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Thông báo 36.txt", Province.SIGNED_NOTICE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        entries.put("Quyết định/" + SAMPLE_PDF.getFileName(), Files.readAllBytes(SAMPLE_PDF));
        Path zip = Files.write(Files.createTempDirectory("kiemchung-upload").resolve("Hồ sơ 1.4.zip"),
                ComponentUploadTests.zip(entries));

        login("can-bo-a");
        open(component);
        // Chosen files go through the script: one request each, with progress, and the page updates in place.
        browser.findElement(By.id("files")).sendKeys(zip.toAbsolutePath().toString());
        WebElement button = browser.findElement(By.id("upload-button"));
        button.click();
        awaitUploads();
        assertThat(browser.getCurrentUrl()).endsWith(component);

        List<WebElement> rows = browser.findElements(By.cssSelector("#upload-files tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getAttribute("data-state")).isEqualTo("stored");
        assertThat(rows.get(0).findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("100");
        assertThat(rows.get(0).findElements(By.cssSelector(".entries li")))
                .extracting(li -> li.getAttribute("data-state")).containsExactly("stored", "stored");
        assertThat(browser.findElement(By.id("upload-overall")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.findElement(By.id("upload-status")).getText()).contains("đã lưu 2 tệp");
        String evidence = browser.findElement(By.id("evidence")).getText();
        assertThat(evidence).contains("Hồ sơ 1.4.zip/Thông báo 36.txt")
                .contains("Hồ sơ 1.4.zip/Quyết định/Quyết định 1742 thành lập Trung tâm Chuyển đổi số tỉnh.pdf");
        assertThat(browser.findElements(By.id("submit-review"))).hasSize(1);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('upload-form').scrollIntoView({block: 'start'})");
        shot("component-upload");

        // A drop on the drop zone, as the operating system's drag would deliver it.
        ((JavascriptExecutor) browser).executeScript("""
                const files = new DataTransfer();
                files.items.add(new File(['Kế hoạch chuyển đổi số năm 2023'], 'Kế hoạch 2023.txt', {type: 'text/plain'}));
                files.items.add(new File(['Báo cáo kết quả'], 'Báo cáo.txt', {type: 'text/plain'}));
                const zone = document.getElementById('dropzone');
                for (const type of ['dragenter', 'dragover', 'drop']) {
                  zone.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: files}));
                }
                """);
        awaitUploads();
        rows = browser.findElements(By.cssSelector("#upload-files tbody tr"));
        assertThat(rows).extracting(r -> r.getAttribute("data-state")).containsExactly("stored", "stored");
        assertThat(browser.findElement(By.id("evidence")).getText()).contains("Kế hoạch 2023.txt").contains("Báo cáo.txt");
        shot("component-drop");

        // The PDF's preview: the document framed beside what was read from it.
        browser.findElements(By.cssSelector("#evidence a")).stream()
                .filter(a -> String.valueOf(a.getAttribute("aria-label")).startsWith("Xem") && a.getAttribute("aria-label").endsWith(".pdf"))
                .findFirst().orElseThrow().click();
        assertThat(browser.findElement(By.id("preview-frame")).getAttribute("src")).contains("/evidence/");
        assertThat(browser.findElement(By.id("preview-name")).getText()).endsWith(".pdf");
        Thread.sleep(1500); // the browser's PDF viewer draws the page
        shot("component-preview");
    }

    /** The script announces its summary once every file is answered and the page parts are fetched again. */
    private void awaitUploads() {
        new WebDriverWait(browser, Duration.ofSeconds(180)).until(b -> {
            String status = b.findElement(By.id("upload-status")).getText();
            return status.startsWith("Xong") ? status : null;
        });
    }
}
