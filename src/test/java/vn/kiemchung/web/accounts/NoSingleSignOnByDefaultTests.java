package vn.kiemchung.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import vn.kiemchung.ServerTestSupport;
import vn.kiemchung.TestClient;

/** Without kiemchung.oidc.* the app is as before: no OIDC bean, no SSO link, no SSO endpoints. */
class NoSingleSignOnByDefaultTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theLoginPageHasNoSingleSignOnLinkAndNoOidcBeanExists() throws Exception {
        TestClient browser = TestClient.browser(port);
        TestClient.Answer login = browser.page("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("id=\"login-submit\"").doesNotContain("oauth2").doesNotContain("SSO");
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
        assertThat(context.getBeanNamesForType(AccountOidcUsers.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SingleSignOnProperties.class)).isEmpty();
        TestClient.Answer sso = browser.page("/oauth2/authorization/sso");
        assertThat(sso.status()).isEqualTo(302);
        assertThat(sso.location()).endsWith("/login");
    }
}
