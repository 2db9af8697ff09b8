package vn.kiemchung.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * A Word document laid out as offices type Decree 30 documents in Word: the two header columns
 * and the closing (Nơi nhận / signature) are borderless two-cell tables.
 */
class DocxWriter {

    private final RunEncoding encoding;

    DocxWriter() {
        this(RunEncoding.UNICODE);
    }

    DocxWriter(RunEncoding encoding) {
        this.encoding = encoding;
    }

    byte[] write(DocumentText text, String author, LocalDate created) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            header(document, text);
            if (!text.isOfficialLetter()) {
                paragraph(document, ParagraphAlignment.CENTER, text.typeName(), true, false, 14);
                for (String line : text.subject()) {
                    paragraph(document, ParagraphAlignment.CENTER, line, true, false, 13);
                }
                paragraph(document, ParagraphAlignment.CENTER, "", false, false, 13);
            }
            for (String line : text.addressees()) {
                paragraph(document, ParagraphAlignment.CENTER, line, false, false, 13);
            }
            for (String body : text.body()) {
                if (body.startsWith(DocumentText.HEADING)) {
                    paragraph(document, ParagraphAlignment.CENTER, body.substring(DocumentText.HEADING.length()).strip(),
                            true, false, 13);
                } else {
                    XWPFParagraph p = paragraph(document, ParagraphAlignment.BOTH, body, false, false, 13);
                    p.setIndentationFirstLine(567);
                }
            }
            closing(document, text.signature(), text.recipients());
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            core.setCreator(author);
            core.setLastModifiedByUser(author);
            Date fixed = Date.from(created.atTime(8, 30).toInstant(ZoneOffset.ofHours(7)));
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setTitle(String.join(" ", text.subject()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return FixedZipTimes.rewrite(out.toByteArray(), created.atTime(8, 30));
        }
    }

    private void header(XWPFDocument document, DocumentText text) {
        XWPFTable table = twoCells(document);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        for (String line : text.parentLines()) {
            cellLine(left, line, false, false, 12.5);
        }
        for (String line : text.issuerLines()) {
            cellLine(left, line, true, false, 12.5);
        }
        cellLine(left, text.party() ? "*" : "_______", false, false, 12);
        cellLine(left, text.numberLine(), false, false, 13);
        if (text.isOfficialLetter()) {
            for (String line : text.subject()) {
                cellLine(left, line, false, false, 12);
            }
        }
        if (text.party()) {
            cellLine(right, DocumentText.PARTY_NAME, true, false, 14);
        } else {
            cellLine(right, DocumentText.NATIONAL_NAME, true, false, 12.5);
            cellLine(right, DocumentText.MOTTO, true, false, 13);
        }
        cellLine(right, "", false, false, 12);
        cellLine(right, text.placeDate(), false, true, 13);
        paragraph(document, ParagraphAlignment.CENTER, "", false, false, 12);
    }

    private void closing(XWPFDocument document, List<String> signature, List<String> recipients) {
        paragraph(document, ParagraphAlignment.LEFT, "", false, false, 12);
        XWPFTable table = twoCells(document);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        if (!recipients.isEmpty()) {
            XWPFParagraph title = left.getParagraphs().get(0);
            title.setAlignment(ParagraphAlignment.LEFT);
            run(title, "Nơi nhận:", true, true, 12);
            for (String recipient : recipients) {
                XWPFParagraph p = left.addParagraph();
                run(p, recipient, false, false, 11);
            }
        }
        boolean first = true;
        for (String line : signature) {
            XWPFParagraph p = first ? right.getParagraphs().get(0) : right.addParagraph();
            first = false;
            p.setAlignment(ParagraphAlignment.CENTER);
            if (line.isEmpty()) {
                // room for the hand signature and the seal
                right.addParagraph();
                right.addParagraph();
            }
            run(p, line, true, false, 13);
        }
    }

    private static XWPFTable twoCells(XWPFDocument document) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        return table;
    }

    private void cellLine(XWPFTableCell cell, String text, boolean bold, boolean italic, double size) {
        // a new cell already holds one empty paragraph: use it for the first line
        XWPFParagraph p = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
                ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, italic, size);
    }

    private XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, String text, boolean bold,
                                    boolean italic, double size) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        run(p, text, bold, italic, size);
        return p;
    }

    private void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, double size) {
        if (text.isEmpty()) {
            return;
        }
        RunEncoding.Run encoded = encoding.encode(text);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(encoded.font());
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(encoded.text());
    }
}
