package vn.kiemchung.extraction.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The options of the second JVM a command restarts in: ours first, the person's last, so theirs win. */
class PlainClassPathTest {

    @Test
    void aCommandRunsWithC1AndTheSerialCollectorUnlessThePersonChoseACollector() {
        assertThat(PlainClassPath.commandOptions(List.of("-Xmx700m")))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MetaspaceSize=256m", "-Xmx700m");
        assertThat(PlainClassPath.commandOptions(List.of("-XX:+UseG1GC", "-XX:TieredStopAtLevel=4")))
                .as("the person's collector alone; their compiler level last, so it wins")
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:MetaspaceSize=256m", "-XX:+UseG1GC", "-XX:TieredStopAtLevel=4");
    }
}
