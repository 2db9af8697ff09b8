package vn.kiemchung.web.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Optional single sign-on through an OpenID Connect provider; active only when the issuer, client id
 * and client secret are all set. The provider proves who someone is; the account and its role
 * come from this app's own accounts, matched by {@code usernameClaim}.
 *
 * @param displayName the text of the login page's link; when unset, "Đăng nhập một lần (SSO)" or its English
 */
@ConfigurationProperties("kiemchung.oidc")
record SingleSignOnProperties(String issuerUri, String clientId, String clientSecret,
                              @DefaultValue("preferred_username") String usernameClaim, String displayName) {

    /** Never the secret, should the settings ever be printed. */
    @Override
    public String toString() {
        return "SingleSignOnProperties[issuerUri=" + issuerUri + ", clientId=" + clientId + ", usernameClaim=" + usernameClaim + "]";
    }
}
