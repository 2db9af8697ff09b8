package vn.kiemchung.web.accounts;

import vn.kiemchung.web.BrowserWalkSupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.kiemchung.TestClient;
import vn.kiemchung.review.Province;

/**
 * The admin's page in a real headless Chromium at 1366×768 (issue 16, item 5): components ticked in
 * the year's picker, a refused account whose fields stay filled in, and the new-dossier form choosing
 * a province from the year's list. Screenshots: admin-picker, admin-account-refused, dossier-province.
 */
class AdminBrowserTest extends BrowserWalkSupport {

    @Test
    void theAdminAssignsFromThePickerKeepsATypedAccountAndADossierTakesAProvinceFromTheList() throws Exception {
        Province.make(port, ADMIN_PASSWORD);
        new TestClient(port, "admin", ADMIN_PASSWORD).post("/api/v1/admin/departments", Map.of("code", "so-yte", "name", "Sở Y tế"));
        chromium.login(port, "admin", ADMIN_PASSWORD);

        open("/admin?year=2022");
        browser.findElement(By.cssSelector("#component-picker input[value='3.1']")).click();
        browser.findElement(By.cssSelector("#component-picker input[value='3.2']")).click();
        new Select(browser.findElement(By.id("as-dep"))).selectByValue("so-yte");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('assignments').scrollIntoView({block: 'start'})");
        shot("admin-picker");
        browser.findElement(By.cssSelector("#assign-form button[type=submit]")).click();
        // the form posts and the page comes back: wait for the new page's table on a busy machine
        WebElement assignments = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                // the old page's table goes stale while the new page loads: look again
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("assignments")).stream().filter(e -> e.getText().contains("Sở Y tế"))
                        .findFirst().orElse(null));
        assertThat(assignments.getText()).contains("3.1").contains("3.2").contains("Sở Y tế").doesNotContain("so-yte");

        open("/admin");
        browser.findElement(By.id("acc-user")).sendKeys("nguoi-moi");
        browser.findElement(By.id("acc-pass")).sendKeys("ngan");
        new Select(browser.findElement(By.id("acc-role"))).selectByValue("LEADER");
        // the browser's own minlength check would stop the form; the server's refusal is what is walked here
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('acc-pass').removeAttribute('minlength')");
        submit(By.cssSelector("#new-account button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".flash.error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("acc-user")).getAttribute("value")).isEqualTo("nguoi-moi");
        assertThat(new Select(browser.findElement(By.id("acc-role"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("LEADER");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('new-account').scrollIntoView({block: 'center'})");
        shot("admin-account-refused");

        open("/dossiers?year=2025");
        Select province = new Select(browser.findElement(By.id("province")));
        assertThat(province.getOptions()).hasSize(35);
        assertThat(province.getFirstSelectedOption().getAttribute("value")).isEmpty();
        province.selectByValue("Điện Biên");
        shot("dossier-province");
        submit(By.id("create-dossier"));
        assertThat(browser.getCurrentUrl()).matches(".*/dossiers/\\d+");
    }
}
