package vn.kiemchung.web.accounts;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.kiemchung.accounts.Accounts;

/**
 * Turns a person proven by the identity provider into one of this app's accounts: the configured
 * claim must name an existing, enabled account, whose role becomes the only authority. Nothing the
 * provider says about roles or groups is used; an unknown or disabled account is refused.
 */
final class AccountOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ACCOUNT = "no_account";
    private static final Logger log = LoggerFactory.getLogger(AccountOidcUsers.class);

    private final OidcUserService provider = new OidcUserService();
    private final Accounts accounts;
    private final String usernameClaim;

    AccountOidcUsers(Accounts accounts, String usernameClaim) {
        this.accounts = accounts;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser proven = provider.loadUser(request);
        Object claimed = proven.getClaims().get(usernameClaim);
        Accounts.Account account = claimed instanceof String name
                ? accounts.find(name.strip()).filter(Accounts.Account::enabled).orElse(null) : null;
        if (account == null) {
            log.info("Single sign-on refused: no enabled account for {}={} (subject {})", usernameClaim, claimed, proven.getSubject());
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT,
                    "No enabled account matches this identity; ask the administrator to create one.", null));
        }
        return new AccountOidcUser(proven, account.username(), account.role());
    }

    /** The provider's proof, named by the app username and carrying the account's role. */
    static final class AccountOidcUser extends DefaultOidcUser {
        private final String username;

        AccountOidcUser(OidcUser proven, String username, String role) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + role)), proven.getIdToken(), proven.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AccountOidcUser other && super.equals(o) && username.equals(other.username);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + username.hashCode();
        }
    }
}
