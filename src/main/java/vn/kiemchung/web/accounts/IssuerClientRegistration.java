package vn.kiemchung.web.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration, {@value #ID}, read from the issuer's discovery document on the first
 * sign-in rather than at startup: the app starts while the identity provider is down, and a failed
 * read is tried again at the next sign-in.
 */
final class IssuerClientRegistration implements ClientRegistrationRepository {

    static final String ID = "sso";
    private static final Logger log = LoggerFactory.getLogger(IssuerClientRegistration.class);

    private final SingleSignOnProperties settings;
    private volatile ClientRegistration registration;

    IssuerClientRegistration(SingleSignOnProperties settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = read();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration read() {
        try {
            return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(ID)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope("openid", "profile", "email")
                    // "sub" is always there; the account is matched by the configured claim afterwards.
                    .userNameAttributeName("sub")
                    .build();
        } catch (RuntimeException e) {
            log.warn("Single sign-on: cannot read the provider's configuration from {}: {}", settings.issuerUri(), e.toString());
            throw e;
        }
    }
}
