package vn.kiemchung.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import vn.kiemchung.ServerTestSupport;

/** Without kiemchung.oidc.* the app is as before: no OIDC bean, no SSO link, no SSO endpoints. */
class NoSingleSignOnByDefaultTests extends ServerTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theLoginPageHasNoSingleSignOnLinkAndNoOidcBeanExists() throws Exception {
        BrowserSession browser = new BrowserSession(port);
        HttpResponse<String> login = browser.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("id=\"login-submit\"").doesNotContain("oauth2").doesNotContain("SSO");
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
        assertThat(context.getBeanNamesForType(AccountOidcUsers.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SingleSignOnProperties.class)).isEmpty();
        HttpResponse<String> sso = browser.get("/oauth2/authorization/sso");
        assertThat(sso.statusCode()).isEqualTo(302);
        assertThat(BrowserSession.location(sso)).endsWith("/login");
    }
}
