package vn.kiemchung.accounts;

import vn.kiemchung.platform.Bilingual;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code prod}: no accounts and no KIEMCHUNG_ADMIN_PASSWORD would make the app invent a
 * password and print it to the log. Refuse instead, before the first-start account is created
 * (runners run after this event).
 */
@Component
@Profile("prod")
class ProductionAccountsCheck {

    private final JdbcClient jdbc;
    private final Environment env;

    ProductionAccountsCheck(JdbcClient jdbc, Environment env) {
        this.jdbc = jdbc;
        this.env = env;
    }

    @EventListener(ApplicationStartedEvent.class)
    void check() {
        String admin = env.getProperty("KIEMCHUNG_ADMIN_PASSWORD");
        boolean noAccounts = jdbc.sql("select count(*) from app_user").query(Integer.class).single() == 0;
        if (noAccounts && (admin == null || admin.isBlank())) {
            throw new IllegalStateException(Bilingual.of("accounts.prod.noAdminPassword").both());
        }
    }
}
