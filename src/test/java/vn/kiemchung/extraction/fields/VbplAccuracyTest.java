package vn.kiemchung.extraction.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs {@link VbplAccuracy} on the shared corpus when it is there; skipped elsewhere. */
class VbplAccuracyTest {

    /** Share of the agreement ceiling that type and number must reach. */
    private static final double OF_CEILING = 0.95;

    @Test
    void typeAndNumberReachTheLabelAgreementCeiling() throws Exception {
        Optional<Path> corpus = VbplAccuracy.locate();
        assumeTrue(corpus.isPresent(),
                "vbpl corpus not found at /work/shared/corpus/vbpl or ../shared/corpus/vbpl: accuracy not measured");
        VbplAccuracy.Report report = VbplAccuracy.run(corpus.get(), null);
        VbplAccuracy.print(report, System.out);

        assertThat(report.ceiling()).isGreaterThan(0.5);
        double floor = OF_CEILING * report.ceiling();
        assertThat(report.fields().get("type").share()).isGreaterThanOrEqualTo(floor);
        assertThat(report.fields().get("number").share()).isGreaterThanOrEqualTo(floor);
        // issuer and subject are reported; kept from sliding back below what was reached
        assertThat(report.fields().get("issuer").share()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.fields().get("subject").share()).isGreaterThanOrEqualTo(0.83);
    }
}
