package vn.kiemchung.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The words of the product live in three bundles (Vietnamese by default, Vietnamese, English): every key is
 * in all three, the two Vietnamese ones agree, every Vietnamese message has the same {n} arguments as its
 * English one, and each pattern is one MessageFormat can read.
 */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    @Test
    void everyKeyIsInEveryLanguageWithTheSameArguments() throws Exception {
        Properties base = load("messages.properties");
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        assertThat(vi.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
        assertThat(en.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
        for (String key : base.stringPropertyNames()) {
            assertThat(vi.getProperty(key)).as("messages_vi.properties says what messages.properties says: " + key)
                    .isEqualTo(base.getProperty(key));
            assertThat(arguments(en.getProperty(key))).as("the arguments of " + key + " in English and Vietnamese")
                    .isEqualTo(arguments(base.getProperty(key)));
            if (arguments(base.getProperty(key)).isEmpty()) {
                // shown as written, as Spring's message source does: a doubled quote would show doubled
                assertThat(base.getProperty(key)).as(key + " has no argument: write ' once").doesNotContain("''");
                assertThat(en.getProperty(key)).as(key + " (English) has no argument: write ' once").doesNotContain("''");
            } else {
                new MessageFormat(base.getProperty(key), Locale.forLanguageTag("vi"));
                new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            }
        }
    }

    @Test
    void aRefusalReadsTheSameInBothLanguagesAsItsKeySays() {
        Bilingual text = Bilingual.of("refusal.upload.empty", "quyết-định.pdf");
        assertThat(text.vi()).isEqualTo("Tệp 'quyết-định.pdf' rỗng (0 byte).");
        assertThat(text.en()).isEqualTo("File 'quyết-định.pdf' is empty (0 bytes).");
        Bilingual nested = Bilingual.of("refusal.years.unknownComponents", "1,3", "2025", Bilingual.of("refusal.years.decimalComma"));
        assertThat(nested.vi()).endsWith("năm 2025. Viết mã bằng dấu chấm, ví dụ 1.3.");
        assertThat(nested.en()).endsWith("indicator set. Write codes with a dot, e.g. 1.3.");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
