package vn.kiemchung.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kiemchung.evidence.StorageProperties;

/**
 * Refuses an upload that declares a body over the limit with 413 before a byte of it is read:
 * first in the filter chain, ahead of security and multipart parsing. Bodies without a
 * Content-Length (chunked) are stopped by the multipart limits while they are read.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    /** Room for the multipart headers and the other form fields around the file. */
    static final long FORM_OVERHEAD = 1024 * 1024;

    @Bean
    FilterRegistrationBean<ContentLengthFilter> contentLengthFilter(StorageProperties storage) {
        FilterRegistrationBean<ContentLengthFilter> registration =
                new FilterRegistrationBean<>(new ContentLengthFilter(storage.maxUploadBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static String limitText(long bytes) {
        long mb = 1024 * 1024;
        return bytes % mb == 0 ? bytes / mb + " MB" : bytes + " bytes";
    }

    static final class ContentLengthFilter extends OncePerRequestFilter {
        private final long maxUploadBytes;

        ContentLengthFilter(long maxUploadBytes) {
            this.maxUploadBytes = maxUploadBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long declared = request.getContentLengthLong();
            if (declared > maxUploadBytes + FORM_OVERHEAD) {
                String limit = limitText(maxUploadBytes);
                // The body is not read: the connection cannot be reused for another request.
                response.setHeader("Connection", "close");
                ProblemResponses.write(response, 413, "Payload Too Large",
                        "Tệp tải lên (" + declared + " byte) vượt quá giới hạn " + limit + " mỗi tệp; chưa có gì được lưu.",
                        "The upload (" + declared + " bytes) exceeds the " + limit
                                + " limit per file (kiemchung.storage.max-upload-bytes); nothing was stored.",
                        Map.of("limitBytes", maxUploadBytes));
                response.flushBuffer();
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
