package vn.kiemchung.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kiemchung.ServerTestSupport;

/**
 * The server renders its sign-in page once for itself after it starts, in both languages, so the first
 * person's first page finds the page engine ready; the warm-up signs nobody in and is answered like anyone.
 */
class PageWarmupTests extends ServerTestSupport {

    @Autowired
    PageWarmup warmup;

    @Test
    void theSignInPageIsRenderedInBothLanguagesAfterTheStart() throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (warmup.answers().size() < 2 && Instant.now().isBefore(end)) {
            Thread.sleep(50);
        }
        assertThat(warmup.answers()).as("the sign-in page answered the warm-up, in Vietnamese and in English")
                .containsExactly(200, 200);
    }
}
