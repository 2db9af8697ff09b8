package vn.kiemchung.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.kiemchung.KiemchungApplication;
import vn.kiemchung.TestClient;

/**
 * With an SMTP server configured (here an in-process GreenMail), a notification also goes by e-mail,
 * in Vietnamese, to the accounts that gave an address; an account without one gets none. Without an
 * SMTP server (every other test) nothing is sent and nothing fails.
 */
class NotificationMailTests {

    private static final String ADMIN_PASSWORD = "mail-admin-password";
    private static final String PASSWORD = "mat-khau-thu-thu-123";

    private static GreenMail smtp;
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void smtpAndApp() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path data = Files.createTempDirectory("kiemchung-mail");
        app = new SpringApplicationBuilder(KiemchungApplication.class).run(
                "--kiemchung.database.data-dir=" + data.resolve("db"),
                "--kiemchung.storage.data-dir=" + data.resolve("objects"),
                "--kiemchung.rules.path=" + Path.of("rules").toAbsolutePath(),
                "--kiemchung.rules.watch=false",
                "--server.port=0",
                "--KIEMCHUNG_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort());
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        TestClient admin = new TestClient(port, "admin", ADMIN_PASSWORD);
        ok(admin.post("/api/v1/admin/departments", Map.of("code", "so-tttt", "name", "Sở Thông tin và Truyền thông")));
        ok(admin.post("/api/v1/admin/assignments", Map.of("year", 2023, "indicator", "1.4", "department", "so-tttt")));
        account(admin, "can-bo-thu", "DEPARTMENT_OFFICER", "so-tttt");
        account(admin, "can-bo-khong-thu", "DEPARTMENT_OFFICER", "so-tttt");
        account(admin, "dieu-phoi-thu", "COORDINATOR", null);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aSendBackIsMailedInVietnameseToTheOfficersWhoGaveAnAddress() throws Exception {
        TestClient officer = new TestClient(port, "can-bo-thu", PASSWORD);
        TestClient coordinator = new TestClient(port, "dieu-phoi-thu", PASSWORD);
        assertThat(officer.post("/api/v1/account/email", Map.of("email", "khong-phai-thu")).status()).isEqualTo(400);
        TestClient.Answer saved = officer.post("/api/v1/account/email", Map.of("email", "can-bo@so-tttt.example.vn"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        long dossier = coordinator.dossier(2023);
        assertThat(officer.upload(dossier, "1.4", "thong-bao.txt", Province.SIGNED_NOTICE).status()).isEqualTo(201);
        String item = "/api/v1/review/dossiers/" + dossier + "/items/1.4";
        assertThat(officer.post(item + "/submit", Map.of("reason", "gửi thử")).status()).isEqualTo(200);
        LocalDate deadline = LocalDate.now().plusDays(10);
        TestClient.Answer back = coordinator.post(item + "/send-back",
                Map.of("comment", "Đề nghị bổ sung văn bản có chữ ký số", "deadline", deadline.toString()));
        assertThat(back.status()).as(back.body()).isEqualTo(200);

        assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("one e-mail arrives").isTrue();
        Thread.sleep(500);
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails[0];
        List<String> to = Arrays.stream(mail.getAllRecipients()).map(Object::toString).toList();
        assertThat(to).containsExactly("can-bo@so-tttt.example.vn");
        assertThat(mail.getSubject()).contains("1.4").contains("Tỉnh Bạc Liêu");
        String text = String.valueOf(mail.getContent());
        assertThat(text).contains("Đề nghị bổ sung văn bản có chữ ký số").contains("trả lại")
                .contains(String.format("%02d/%02d/%d", deadline.getDayOfMonth(), deadline.getMonthValue(), deadline.getYear()));
        // The notification is in the app too, for both officers.
        assertThat(new TestClient(port, "can-bo-khong-thu", PASSWORD).get("/api/v1/notifications").json().get("unread").asInt())
                .isEqualTo(1);
    }

    private static void account(TestClient admin, String username, String role, String department) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", PASSWORD, "role", role));
        if (department != null) {
            body.put("department", department);
        }
        ok(admin.post("/api/v1/admin/accounts", body));
    }

    private static void ok(TestClient.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }
}
