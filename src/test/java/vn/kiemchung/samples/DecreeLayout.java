package vn.kiemchung.samples;

import java.util.ArrayList;
import java.util.List;

import vn.kiemchung.samples.PageCanvas.Style;

/**
 * Places a {@link DocumentText} on A4 pages the way Decree 30/2020 (Phụ lục I) does: issuer and
 * number in the left column, national name and place/date in the right column, type name and
 * trích yếu centred, body, then the signature block bottom right and "Nơi nhận:" bottom left.
 */
final class DecreeLayout {

    private static final float LEFT = 70f;
    private static final float RIGHT = PageCanvas.PAGE_WIDTH - 50f;
    private static final float TOP = 55f;
    private static final float BOTTOM = PageCanvas.PAGE_HEIGHT - 55f;
    /** Centre of the left header column (issuer, number). */
    private static final float LEFT_COLUMN = 170f;
    /** Centre of the right header column (national name, date, signature). */
    private static final float RIGHT_COLUMN = 410f;
    private static final float BODY_SIZE = 11f;
    private static final float LEADING = 15f;

    private final PageCanvas canvas;
    private float y;
    private int page;
    /** Where the first signature block starts (page index, baseline), for a seal to overlap it. */
    private int signaturePage = -1;
    private float signatureTop;

    DecreeLayout(PageCanvas canvas) {
        this.canvas = canvas;
    }

    void draw(DocumentText doc) {
        canvas.newPage();
        page = 0;
        y = TOP;
        drawHeader(doc.parentLines(), doc.issuerLines(), doc.party(), doc.numberLine(), doc.placeDate(), doc.isOfficialLetter()
                ? doc.subject() : List.of());
        if (!doc.isOfficialLetter()) {
            y += 22;
            centred(doc.typeName(), Style.BOLD, 13.5f);
            y += 17;
            for (String line : doc.subject()) {
                centred(line, Style.BOLD, 12f);
                y += 16;
            }
            rule(PageCanvas.PAGE_WIDTH / 2 - 45, PageCanvas.PAGE_WIDTH / 2 + 45, y - 10);
        }
        y += 10;
        if (!doc.addressees().isEmpty()) {
            float x = LEFT + 90;
            for (String line : doc.addressees()) {
                canvas.text(line, x, y, Style.REGULAR, BODY_SIZE + 0.5f);
                x = LEFT + 90 + canvas.width("Kính gửi: ", Style.REGULAR, BODY_SIZE + 0.5f);
                y += LEADING;
            }
            y += 4;
        }
        for (String paragraph : doc.body()) {
            paragraph(paragraph);
        }
        drawClosing(doc.signature(), doc.recipients());
        if (doc.copy() != null) {
            drawCopy(doc.copy());
        }
    }

    private void drawHeader(List<String> parentLines, List<String> issuerLines, boolean party, String numberLine, String placeDate,
                            List<String> letterSubject) {
        float top = y;
        float left = top;
        for (String line : parentLines) {
            center(line, LEFT_COLUMN, left, Style.REGULAR, 11f);
            left += 14;
        }
        for (String line : issuerLines) {
            center(line, LEFT_COLUMN, left, Style.BOLD, 11f);
            left += 14;
        }
        if (party) {
            center("*", LEFT_COLUMN, left, Style.REGULAR, 11f);
        } else {
            rule(LEFT_COLUMN - 30, LEFT_COLUMN + 30, left - 10);
        }
        left += 16;
        if (party) {
            center(DocumentText.PARTY_NAME, RIGHT_COLUMN + 20, top, Style.BOLD, 12f);
            float half = canvas.width(DocumentText.PARTY_NAME, Style.BOLD, 12f) / 2;
            rule(RIGHT_COLUMN + 20 - half, RIGHT_COLUMN + 20 + half, top + 5);
        } else {
            center(DocumentText.NATIONAL_NAME, RIGHT_COLUMN + 10, top, Style.BOLD, 11f);
            center(DocumentText.MOTTO, RIGHT_COLUMN + 10, top + 14, Style.BOLD, 11.5f);
            float half = canvas.width(DocumentText.MOTTO, Style.BOLD, 11.5f) / 2;
            rule(RIGHT_COLUMN + 10 - half, RIGHT_COLUMN + 10 + half, top + 18);
        }
        // the decree puts the place and date on the same baseline as the number
        float dateLine = Math.max(left, top + 36);
        if (numberLine != null) {
            center(numberLine, LEFT_COLUMN, dateLine, Style.REGULAR, 11f);
        }
        center(placeDate, RIGHT_COLUMN + 10, dateLine, Style.ITALIC, 11.5f);
        y = dateLine;
        for (String line : letterSubject) {
            y += 14;
            center(line, LEFT_COLUMN, y, Style.REGULAR, 10.5f);
        }
        y += 6;
    }

    private void drawClosing(List<String> signature, List<String> recipients) {
        y += 10;
        needRoom(Math.max(signature.size(), recipients.size() + 1) * 14f + 20);
        float top = y;
        if (signaturePage < 0) {
            signaturePage = page;
            signatureTop = top;
        }
        float right = top;
        for (int i = 0; i < signature.size(); i++) {
            String line = signature.get(i);
            if (line.isEmpty()) {
                right += 42; // the space where the hand signature and the seal go
                continue;
            }
            center(line, RIGHT_COLUMN + 20, right, Style.BOLD, 11.5f);
            right += 15;
        }
        float left = top;
        if (!recipients.isEmpty()) {
            canvas.text("Nơi nhận:", LEFT, left, Style.BOLD_ITALIC, 10.5f);
            left += 13;
            for (String recipient : recipients) {
                canvas.text(recipient, LEFT, left, Style.REGULAR, 9.5f);
                left += 12;
            }
        }
        y = Math.max(left, right);
    }

    private void drawCopy(DocumentText.CertifiedCopy copy) {
        y += 18;
        needRoom(150);
        rule(LEFT, RIGHT, y);
        y += 20;
        float top = y;
        float left = top;
        for (int i = 0; i < copy.issuerLines().size(); i++) {
            boolean issuer = i == copy.issuerLines().size() - 1;
            center(copy.issuerLines().get(i), LEFT_COLUMN, left, issuer ? Style.BOLD : Style.REGULAR, 10.5f);
            left += 13;
        }
        left += 4;
        center(copy.numberLine(), LEFT_COLUMN, left, Style.REGULAR, 10.5f);
        center("SAO Y", RIGHT_COLUMN + 20, top, Style.BOLD, 12.5f);
        center(copy.placeDate(), RIGHT_COLUMN + 20, top + 16, Style.ITALIC, 10.5f);
        y = Math.max(left, top + 16) + 10;
        drawClosing(copy.signature(), copy.recipients());
    }

    private void paragraph(String paragraph) {
        if (paragraph.startsWith(DocumentText.HEADING)) {
            String text = paragraph.substring(DocumentText.HEADING.length()).strip();
            y += 4;
            needRoom(LEADING);
            centred(text, Style.BOLD, BODY_SIZE + 0.5f);
            y += LEADING + 2;
            return;
        }
        List<String> lines = wrap(paragraph, RIGHT - LEFT - 24, RIGHT - LEFT);
        for (int i = 0; i < lines.size(); i++) {
            needRoom(LEADING);
            canvas.text(lines.get(i), i == 0 ? LEFT + 24 : LEFT, y, Style.REGULAR, BODY_SIZE);
            y += LEADING;
        }
        y += 3;
    }

    /** Greedy word wrap; the first line is shorter because of the paragraph indent. */
    private List<String> wrap(String text, float firstWidth, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            float limit = lines.isEmpty() ? firstWidth : width;
            if (!line.isEmpty() && canvas.width(candidate, Style.REGULAR, BODY_SIZE) > limit) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void needRoom(float height) {
        if (y + height > BOTTOM) {
            canvas.newPage();
            page++;
            y = TOP;
        }
    }

    int signaturePage() {
        return signaturePage;
    }

    /** Centre of the seal: over the left third of the signature block, as offices stamp it. */
    float sealCentreX() {
        return RIGHT_COLUMN - 95;
    }

    float sealCentreY() {
        return signatureTop + 30;
    }

    private void centred(String text, Style style, float size) {
        center(text, PageCanvas.PAGE_WIDTH / 2, y, style, size);
    }

    private void center(String text, float centre, float baseline, Style style, float size) {
        canvas.text(text, centre - canvas.width(text, style, size) / 2, baseline, style, size);
    }

    private void rule(float x1, float x2, float at) {
        canvas.line(x1, at, x2, at);
    }
}
