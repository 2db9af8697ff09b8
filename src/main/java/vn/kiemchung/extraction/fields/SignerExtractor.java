package vn.kiemchung.extraction.fields;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemchung.extraction.FieldValue;
import vn.kiemchung.extraction.VietnameseText;

/**
 * The signature block (box 7): authority prefix (TM., KT., Q., TL., TUQ.), position and name,
 * read from the end of the document. The block may sit beside "Nơi nhận" on the same lines, so
 * the position is taken from the capital words at the end of a line and the name from the
 * capitalised words at the end of a line.
 */
final class SignerExtractor {

    record Signer(FieldValue<String> authority, FieldValue<String> position, FieldValue<String> name) {
    }

    private static final int TAIL = 45;
    /** Lines below the title, other than recipient items, in which the name must appear. */
    private static final int NAME_WINDOW = 5;
    /** Lines below the title, recipient items included, in which the name must appear. */
    private static final int MAX_NAME_DISTANCE = 12;
    /** Stray OCR words before a title: at most this many, each this short. */
    private static final int MAX_NOISE_WORDS = 2;
    private static final int MAX_NOISE_LETTERS = 2;
    private static final Pattern RECIPIENT_ITEM = Pattern.compile("^[-+•]\\s*\\S");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static final Pattern AUTHORITY = Pattern.compile(
            "(?<![\\p{L}])(TM|KT|Q|TL|TUQ|T/M|K/T)(?:\\s*\\.\\s*|\\s+)(\\p{Lu}[\\p{Lu} ,.-]*\\p{Lu})\\s*$");
    private static final Pattern POSITION = Pattern.compile(
            "^(?:pho |q\\. )?(?:chu tich|giam doc|bo truong|thu truong|thu tuong|bi thu|truong ban|chanh van phong|"
                    + "truong phong|thong doc|tong thanh tra|chanh thanh tra|chu nhiem|vien truong|cuc truong|"
                    + "tong cuc truong|hieu truong|tong bi thu|truong doan|to truong|chanh an|tong giam doc|"
                    + "tong kiem toan|chu tich quoc hoi|tong thu ky|thu ky)\\b");
    /** Trailing capital words of a line: the position printed beside a recipient line. */
    private static final Pattern TRAILING_CAPITALS = Pattern.compile("(\\p{Lu}[\\p{Lu}.]*(?:\\s+\\p{Lu}[\\p{Lu}.]*)*)\\s*$");
    /** A person's name: two to six capitalised words, at the end of the line. */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}])(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}+){1,5})\\s*$");
    private static final Pattern SIGNED_MARK = Pattern.compile("(?iu)^[(\\[]?\\s*(?:đã ký|ký|ký tên|ký, đóng dấu|ký số|daky|chữ ký)[^)\\]]*[)\\]]?$");

    /**
     * @param ocr true when the text was read by OCR: a surname is then given the marks of the
     *            surname with its letters, since OCR gets tones wrong ("Lẽ Hoàng Nam")
     */
    Signer extract(DocumentLines doc, boolean ocr) {
        Signer read = extract(doc);
        if (!ocr || read.name() == null) {
            return read;
        }
        FieldValue<String> n = read.name();
        return new Signer(read.authority(), read.position(),
                FieldValue.of(Surnames.withSurnameMarks(n.value()), n.page(), n.line()));
    }

    Signer extract(DocumentLines doc) {
        List<Line> tail = doc.tail(TAIL);
        // A certified copy ends with the copying office's own block ("SAO Y", "Số: 112/SY-VP",
        // "TL. CHỦ TỊCH"...): the document's signer is the one above it.
        int copyBlock = copyBlockStart(tail);
        if (copyBlock > 0) {
            Signer original = signer(tail.subList(0, copyBlock));
            if (original.name() != null || original.position() != null) {
                return original;
            }
        }
        return signer(tail);
    }

    /** Where a copy certification starts in the tail: its first copy mark after a signature line, else -1. */
    private static int copyBlockStart(List<Line> tail) {
        boolean signatureAbove = false;
        for (int i = 0; i < tail.size(); i++) {
            String text = tail.get(i).text();
            if (signatureAbove && CopyFormExtractor.isCopyMark(text)) {
                return i;
            }
            signatureAbove |= AUTHORITY.matcher(text).find() || positionAt(tail.get(i)) != null;
        }
        return -1;
    }

    private static Signer signer(List<Line> tail) {
        for (int i = tail.size() - 1; i >= 0; i--) {
            Matcher m = AUTHORITY.matcher(tail.get(i).text());
            if (m.find()) {
                Line at = tail.get(i);
                String prefix = m.group(1).replace("/", "") + ".";
                FieldValue<String> authority = FieldValue.of(prefix, at.page(), at.number());
                String after = m.group(2).strip();
                FieldValue<String> position = POSITION.matcher(VietnameseText.fold(after)).find()
                        ? FieldValue.of(after, at.page(), at.number()) : null;
                int nameFrom = i + 1;
                // "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": the next capital line is the position
                if (i + 1 < tail.size()) {
                    FieldValue<String> next = positionAt(tail.get(i + 1));
                    if (next != null) {
                        position = next;
                        nameFrom = i + 2;
                    }
                }
                return new Signer(authority, position, name(tail, nameFrom));
            }
        }
        for (int i = tail.size() - 1; i >= 0; i--) {
            FieldValue<String> position = positionAt(tail.get(i));
            if (position != null && name(tail, i + 1) != null) {
                return new Signer(null, position, name(tail, i + 1));
            }
        }
        return new Signer(null, null, null);
    }

    private static FieldValue<String> positionAt(Line line) {
        Matcher m = TRAILING_CAPITALS.matcher(line.text());
        if (!m.find()) {
            return null;
        }
        String caps = m.group(1).strip();
        // OCR reads stamp and signature strokes as stray capitals before the title ("N CHÁNH VĂN PHÒNG")
        for (int dropped = 0; dropped <= MAX_NOISE_WORDS; dropped++) {
            if (caps.length() >= 4 && POSITION.matcher(VietnameseText.fold(caps)).find()) {
                return FieldValue.of(caps, line.page(), line.number());
            }
            int space = caps.indexOf(' ');
            if (space < 0 || space > MAX_NOISE_LETTERS) {
                return null;
            }
            caps = caps.substring(space + 1);
        }
        return null;
    }

    private static FieldValue<String> name(List<Line> tail, int from) {
        int counted = 0;
        for (int j = from; j < tail.size() && j < from + MAX_NAME_DISTANCE && counted < NAME_WINDOW; j++) {
            String text = tail.get(j).text();
            // the block sits beside "Nơi nhận": its list items share lines with it and do not part the name from the title
            if (!RECIPIENT_ITEM.matcher(text).find()) {
                counted++;
            }
            if (SIGNED_MARK.matcher(text).matches()) {
                continue;
            }
            Matcher m = NAME.matcher(text);
            if (m.find() && !m.group(1).equals(m.group(1).toUpperCase(VI))) {
                List<String> words = new java.util.ArrayList<>(List.of(m.group(1).split("\\s+")));
                // OCR reads the stamp's edge as a stray capital before the name ("Z Lê Hoàng Nam")
                for (int dropped = 0; dropped < MAX_NOISE_WORDS && words.size() > 2
                        && !VietnameseText.isSyllable(words.get(0)); dropped++) {
                    words.remove(0);
                }
                boolean allSyllables = true;
                for (String w : words) {
                    allSyllables &= VietnameseText.isSyllable(w);
                }
                String name = String.join(" ", words);
                if (allSyllables && VietnameseText.fold(name).split(" ").length >= 2) {
                    return FieldValue.of(name, tail.get(j).page(), tail.get(j).number());
                }
            }
        }
        return null;
    }
}
