package vn.kiemchung.web.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.kiemchung.accounts.Accounts;
import vn.kiemchung.accounts.ApiTokens;
import vn.kiemchung.accounts.SignInThrottle;

/**
 * Everything needs a login except health and the login page; scripts use a personal API token
 * (Bearer) or HTTP Basic, people the login form or, when configured, single sign-on. Roles decide
 * what may change; which evidence a department officer sees is decided per query by the review
 * module (others' evidence answers 404).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] WRITERS = {"ADMIN", "COORDINATOR", "DEPARTMENT_OFFICER"};
    static final String[] PROVINCE_READERS = {"ADMIN", "COORDINATOR", "LEADER", "RULE_AUTHOR"};

    /**
     * Pages load scripts, styles, images and frames from the app only; no plugin, no foreign form
     * target, no framing by another site. Style attributes stay allowed (the bars' widths); inline
     * script does not. A response that sets its own policy (the sandboxed preview) keeps it.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "clipboard-read=(), display-capture=(), interest-cohort=()";

    /** An API call that names its own credential (Basic or a token), which the browser never adds by itself. */
    static boolean scriptCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return header != null && path.startsWith("/api/")
                && (header.regionMatches(true, 0, "Basic ", 0, 6) || header.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, ApiTokens tokens, ObjectProvider<AccountOidcUsers> singleSignOn,
                                 Accounts accountStore, SignInThrottle throttle) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/login", "/css/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/logout").authenticated()
                        .requestMatchers("/api/v1/admin/**", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/rules/reload").hasAnyRole("ADMIN", "RULE_AUTHOR")
                        // Rule authors publish decision tables (checked and case-tested before they go live).
                        .requestMatchers(HttpMethod.POST, "/api/v1/rules/*/tables", "/rules/tables").hasAnyRole("ADMIN", "RULE_AUTHOR")
                        // Running the cases changes nothing: anyone signed in may.
                        .requestMatchers(HttpMethod.POST, "/rules/cases").authenticated()
                        // Everyone manages their own API tokens, readers included: a token changes no dossier.
                        .requestMatchers("/api/v1/tokens", "/api/v1/tokens/*", "/account", "/account/**",
                                "/api/v1/account/password", "/api/v1/account/email").authenticated()
                        // Everyone reads and marks their own notifications; nothing of a dossier changes.
                        .requestMatchers("/notifications", "/notifications/**", "/api/v1/notifications",
                                "/api/v1/notifications/**").authenticated()
                        .requestMatchers("/api/v1/audit/**", "/dossiers/*/audit", "/dossiers/*/audit.csv").hasAnyRole(PROVINCE_READERS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers", "/dossiers", "/api/v1/dossiers/*/submit",
                                "/dossiers/*/submit").hasAnyRole("ADMIN", "COORDINATOR")
                        // Leaders and rule authors read; nothing they send changes a dossier.
                        .requestMatchers(HttpMethod.POST, "/**").hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.PUT, "/**").hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.PATCH, "/**").hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.DELETE, "/**").hasAnyRole(WRITERS)
                        .anyRequest().authenticated())
                // A Bearer token is checked first, for /api/** only; Basic stays for scripts that have no token yet.
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .httpBasic(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // A cookie is sent by the browser on its own: every request that relies on it needs the
                // CSRF token, API calls included. Scripts that send Basic or a token in the Authorization
                // header carry no ambient credential (a foreign page cannot set that header) and are exempt.
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::scriptCredentials))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS)))
                .addFilterAfter(new SignInThrottleFilter(throttle), LogoutFilter.class)
                .addFilterBefore(new CurrentAccountFilter(accountStore), AuthorizationFilter.class);
        AccountOidcUsers accounts = singleSignOn.getIfAvailable();
        if (accounts != null) {
            http.oauth2Login(sso -> sso.loginPage("/login")
                    .userInfoEndpoint(user -> user.oidcUserService(accounts))
                    .defaultSuccessUrl("/", false)
                    .failureUrl("/login?sso-error")
                    // The provider cannot be reached: back to the login page, which says so, rather than a 500.
                    .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                        @Override
                        public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                            filter.setAuthenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler("/login?sso-unavailable"));
                            return filter;
                        }
                    }));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
