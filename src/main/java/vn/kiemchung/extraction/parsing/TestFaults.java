package vn.kiemchung.extraction.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Faults a test can ask the child for by file name, to prove the parent survives them. Active
 * only when the child was started with {@code -Dkiemchung.parse.testHooks=true}.
 */
final class TestFaults {

    private TestFaults() {
    }

    static void trigger(String fileName) {
        if ("__hang__".equals(fileName)) {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // a hung parser ignores interrupts too
                }
            }
        }
        if ("__oom__".equals(fileName)) {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[4 * 1024 * 1024]);
            }
        }
        if ("__crash__".equals(fileName)) {
            Runtime.getRuntime().halt(7);
        }
    }
}
