package vn.kiemchung.web.accounts;

import vn.kiemchung.platform.Bilingual;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.kiemchung.web.ProblemResponses;

/**
 * A login that cannot be checked because the account store (the database) is down is answered
 * 503 with a problem detail, not 401: the client's password is not wrong, the service is.
 */
@Configuration(proxyBeanMethods = false)
class ServiceFailureAuthentication {

    static final String FAILED = ServiceFailureAuthentication.class.getName() + ".serviceFailure";

    /** Boot's publisher, plus an event for a user lookup that failed (it has none by default). */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(InternalAuthenticationServiceException.class,
                AuthenticationFailureServiceExceptionEvent.class));
        return publisher;
    }

    @EventListener
    void on(AuthenticationFailureServiceExceptionEvent event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(FAILED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Bean
    FilterRegistrationBean<Filter> serviceFailureFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out) {
                chain.doFilter(request, new Replacing(http, out));
            } else {
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    private static final class Replacing extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        Replacing(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (!replaced(sc)) {
                super.sendError(sc, msg);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            if (!replaced(sc)) {
                super.sendError(sc);
            }
        }

        private boolean replaced(int sc) throws IOException {
            if (sc != 401 || !Boolean.TRUE.equals(request.getAttribute(FAILED)) || isCommitted()) {
                return false;
            }
            HttpServletResponse out = (HttpServletResponse) getResponse();
            out.setHeader("WWW-Authenticate", null);
            out.setHeader("Retry-After", "30");
            ProblemResponses.write(out, 503, "Service Unavailable", Bilingual.of("web.signIn.databaseDown"), Map.of());
            out.flushBuffer();
            return true;
        }
    }
}
