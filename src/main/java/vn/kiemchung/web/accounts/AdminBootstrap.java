package vn.kiemchung.web.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.kiemchung.accounts.Accounts;

/**
 * On a first start with no accounts, creates {@code admin} with the password from
 * KIEMCHUNG_ADMIN_PASSWORD, or a random one printed once to the log (never written to disk by us),
 * which must be changed at the first sign-in: until then that account reaches only the password change.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final String configuredPassword;

    AdminBootstrap(Accounts accounts, org.springframework.core.env.Environment env) {
        this.accounts = accounts;
        this.configuredPassword = env.getProperty("KIEMCHUNG_ADMIN_PASSWORD");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.none()) {
            return;
        }
        if (configuredPassword != null && !configuredPassword.isBlank()) {
            accounts.create("admin", configuredPassword, "ADMIN", null);
            log.info("Created the account 'admin' with the password from KIEMCHUNG_ADMIN_PASSWORD");
        } else {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            // Printed to the console, so it must be replaced at the first sign-in.
            accounts.create("admin", password, "ADMIN", null, true);
            log.warn("Created the account 'admin' with the one-time password: {} (Tài khoản admin, mật khẩu: {}). "
                    + "It is shown only now.", password, password);
        }
    }
}
