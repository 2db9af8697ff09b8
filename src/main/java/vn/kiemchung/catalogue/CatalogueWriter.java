package vn.kiemchung.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writes a catalogue as the two CSV files the experts then edit; the inverse of {@link CatalogueLoader#load}. */
final class CatalogueWriter {

    private CatalogueWriter() {
    }

    static void write(Catalogue catalogue, Path yearDir) {
        String source = catalogue.source() == null ? "" : catalogue.source();
        CsvWriter mains = new CsvWriter().row(CatalogueColumns.MAIN);
        for (MainIndicator m : catalogue.mainIndicators()) {
            mains.row(List.of(m.code(), text(m.group()), text(m.pillar()), m.nameVi(), text(m.nameEn()),
                    number(m.maxPoints()), m.componentCount() == 0 ? "" : Integer.toString(m.componentCount()),
                    Boolean.toString(m.scored()), source));
        }
        CsvWriter components = new CsvWriter().row(CatalogueColumns.CATALOGUE);
        for (Indicator i : catalogue.indicators()) {
            EvidenceExpectation e = i.evidence() == null ? EvidenceExpectation.none() : i.evidence();
            components.row(List.of(i.code(), i.mainCode(), i.nameVi(), text(i.nameEn()), number(i.maxPoints()),
                    i.method() == null ? "" : i.method().name(), i.validity() == null ? "" : i.validity().name(),
                    text(i.supplier()), text(i.verifier()), String.join(";", e.docTypes()),
                    String.join(";", e.issuerKinds()), String.join(";", e.keywords()), text(e.signer()),
                    i.steps().stream().map(s -> s.atLeast() + ":" + s.fraction().toPlainString())
                            .collect(Collectors.joining(";")),
                    number(i.minValue()), number(i.maxValue()), text(e.description()), Boolean.toString(i.verified()),
                    source));
        }
        try {
            Files.createDirectories(yearDir);
            Files.writeString(yearDir.resolve(CatalogueColumns.MAIN_FILE), mains.toString(), StandardCharsets.UTF_8);
            Files.writeString(yearDir.resolve(CatalogueColumns.CATALOGUE_FILE), components.toString(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the catalogue to " + yearDir, e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
