package vn.kiemchung.web.accounts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.util.StringUtils;
import vn.kiemchung.accounts.Accounts;

/**
 * Single sign-on, only when {@code kiemchung.oidc.issuer-uri}, {@code client-id} and
 * {@code client-secret} are all set: without them no OIDC bean exists and the app starts offline.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SingleSignOnConfiguration.Configured.class)
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SingleSignOnConfiguration {

    @Bean
    ClientRegistrationRepository singleSignOnRegistration(SingleSignOnProperties settings) {
        return new IssuerClientRegistration(settings);
    }

    @Bean
    AccountOidcUsers accountOidcUsers(Accounts accounts, SingleSignOnProperties settings) {
        return new AccountOidcUsers(accounts, settings.usernameClaim());
    }

    static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return StringUtils.hasText(env.getProperty("kiemchung.oidc.issuer-uri"))
                    && StringUtils.hasText(env.getProperty("kiemchung.oidc.client-id"))
                    && StringUtils.hasText(env.getProperty("kiemchung.oidc.client-secret"));
        }
    }
}
