package vn.kiemchung.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Refusals are worded in the message bundles: no main source file throws an exception whose statement
 * (over as many lines as it takes) holds a Vietnamese sentence written in Java. What else stays in Java, and
 * why, is in docs/architecture.md, "Words: what stays in Java, and why".
 */
class RefusalsSpeakThroughBundlesTest {

    private static final String LETTERS = "ạảãàáâầấậẩẫăằắặẳẵđêềếệểễọỏõòóôồốộổỗơờớợởỡụủũùúưừứựửữịỉĩìíỳýỵỷỹĐ";

    /** A throw statement, or an exception made for orElseThrow, to its closing ");". */
    private static final Pattern THROW = Pattern.compile("(?:throw|->) (?:new \\w*Exception|[\\w.]*error)\\((.*?)\\);", Pattern.DOTALL);

    /** A string literal holding a Vietnamese letter. */
    private static final Pattern VIETNAMESE = Pattern.compile("\"[^\"\\n]*[" + LETTERS + "][^\"\\n]*\"");

    @Test
    void noFileThrowsWithASentenceWrittenInJava() throws Exception {
        Path root = Path.of("src/main/java/vn/kiemchung");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher statement = THROW.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (statement.find()) {
                    if (VIETNAMESE.matcher(statement.group(1)).find()) {
                        found.add(root.relativize(file).toString().replace('\\', '/') + ": " + statement.group().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(found).as("throws with a Vietnamese sentence written in Java: word them in messages*.properties").isEmpty();
    }

    @Test
    void aThrowOverSeveralLinesIsStillSeen() {
        String java = "throw new IllegalStateException(\"first line \"\n        + \"dòng thứ hai\");";
        Matcher m = THROW.matcher(java);
        assertThat(m.find()).isTrue();
        assertThat(VIETNAMESE.matcher(m.group(1)).find()).isTrue();
    }
}
