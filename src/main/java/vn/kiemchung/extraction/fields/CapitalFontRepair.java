package vn.kiemchung.extraction.fields;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kiemchung.extraction.VietnameseText;

/**
 * Puts back the capitals of TCVN3 text typed in an upper-case font. TCVN3 has no code for a
 * toned capital, so headers were typed in lower case with a capitals-only font (".VnTimeH"); the
 * parser sees the codes, not the font, and the converted text reads "ủy ban nhân dân". Text typed
 * in the ordinary font with caps lock loses only the toned capitals ("QUYếT ĐịNH").
 *
 * <p>Without the font, the Decree 30 layout tells where capitals were meant: the header lines
 * (issuer, national title) down to the type name, Roman-numbered headings and the signature
 * block's authority and position. Prose lines start with a capital in any font, so a line with no
 * capital at all in those places was typed in the capitals font. Only for TCVN3 text: elsewhere a
 * lower-case line is what was printed.
 */
public final class CapitalFontRepair {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** The header is the top of page one; the issuer block never runs this long. */
    private static final int HEADER_LINES = 15;
    /** Longer lines are prose (a header cell is short), so the header has ended. */
    private static final int HEADER_LINE_MAX = 90;
    private static final Pattern HEADER_END = Pattern.compile("^(?:V/v|Về việc|Kính gửi|Căn cứ|Thực hiện)\\b");
    /** "ii. nội dung hoạt động"; not a line that wraps on with "v.v.". */
    private static final Pattern ROMAN_HEADING = Pattern.compile("^(?!v\\.v\\.)(?:(?:phần|chương|mục)\\s+)?[ivx]+\\s*[.)]\\s*\\p{L}");
    private static final Pattern AUTHORITY = Pattern.compile("^(?:tm|kt|tl|tuq|q|t/m|k/t)\\s*\\.?\\s+\\p{L}");
    private static final Pattern POSITION = Pattern.compile(
            "^(?:pho |q\\. )?(?:chu tich|giam doc|bo truong|thu truong|bi thu|truong ban|chanh van phong|"
                    + "truong phong|chanh thanh tra|chu nhiem|vien truong|cuc truong|hieu truong|truong doan|"
                    + "to truong|chanh an|tong giam doc)\\b");
    private static final Pattern NATIONAL_TITLE = Pattern.compile(
            "(?:cộng hòa|cộng hoà) xã hội chủ nghĩa việt nam|đảng cộng sản việt nam");
    /**
     * Two or more words without a capital at the start of a line, up to the first capitalised
     * word; not a date ("ngày 18 tháng 8 năm 2023"), which is printed in lower case.
     */
    private static final Pattern LOWER_CASE_LEAD = Pattern.compile("^\\s*(?!ngày\\s)[\\p{Ll}\\d.,/-]+(?:\\s+[\\p{Ll}\\d.,/-]+)+(?=\\s+\\p{Lu})");
    /** A signature position is a few words on its own line, not a sentence. */
    private static final int POSITION_MAX_WORDS = 6;

    private CapitalFontRepair() {
    }

    /** The text with the capitals restored; lines and page breaks are kept as they are. */
    public static String restore(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = capsLockWords(lines[i]);
        }
        header(lines);
        for (int i = 0; i < lines.length; i++) {
            if (!isLowerCaseLine(lines[i])) {
                continue;
            }
            String t = lines[i].strip();
            if (ROMAN_HEADING.matcher(t).find()) {
                lines[i] = upper(lines[i]);
            } else if (AUTHORITY.matcher(t).find()) {
                lines[i] = upper(lines[i]);
                // "tm. ủy ban nhân dân" / "chủ tịch": the position sits on the next line
                int next = nextNonBlank(lines, i + 1);
                if (next >= 0 && isLowerCaseLine(lines[next]) && isPosition(lines[next])) {
                    lines[next] = upper(lines[next]);
                }
            } else if (isPosition(lines[i]) && followedByName(lines, i)) {
                lines[i] = upper(lines[i]);
            }
        }
        return String.join("\n", lines);
    }

    /** Upper-cases the lower-case lines at the top of page one, down to and including the type name. */
    private static void header(String[] lines) {
        int seen = 0;
        for (int i = 0; i < lines.length && seen < HEADER_LINES; i++) {
            if (lines[i].indexOf('\f') >= 0) {
                return; // page one is over
            }
            String t = lines[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (HEADER_END.matcher(t).find() || t.length() > HEADER_LINE_MAX || t.endsWith(".") || t.endsWith(";")) {
                return;
            }
            lines[i] = isLowerCaseLine(t) ? upper(lines[i]) : mergedColumns(lines[i]);
            if (DocumentTypes.fromTypeLine(lines[i]).isPresent()) {
                return; // the trích yếu below is typed in the ordinary font
            }
        }
    }

    /**
     * A PDF header line that holds both columns ("tỉnh bạc liêu Độc lập - Tự do - Hạnh phúc"):
     * the lower-case words that open it are the issuer's, and the national title keeps its capitals
     * wherever it sits.
     */
    private static String mergedColumns(String line) {
        String s = NATIONAL_TITLE.matcher(line).replaceAll(m -> upper(m.group()));
        Matcher lead = LOWER_CASE_LEAD.matcher(s);
        return lead.find() ? upper(lead.group()) + s.substring(lead.end()) : s;
    }

    /**
     * "QUYếT ĐịNH" → "QUYẾT ĐỊNH": a word whose only lower-case letters are toned (non-ASCII) ones,
     * typed with caps lock, and not a capitalised word such as "Số" or "Đà".
     */
    static String capsLockWords(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || !Character.isLetter(line.charAt(i))) {
                String word = line.substring(start, i);
                out.append(isCapsLockWord(word) ? word.toUpperCase(VI) : word);
                if (i < line.length()) {
                    out.append(line.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static boolean isCapsLockWord(String word) {
        if (word.length() < 2) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c) && c < 0x80) {
                return false; // an ASCII lower-case letter was typed as such
            }
        }
        boolean capitalised = Character.isUpperCase(word.charAt(0)) && upper == 1;
        return upper >= 1 && !capitalised;
    }

    /** Letters, none of them upper case. */
    private static boolean isLowerCaseLine(String line) {
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isUpperCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static boolean isPosition(String line) {
        String folded = VietnameseText.fold(line.strip());
        return folded.split(" ").length <= POSITION_MAX_WORDS && !folded.endsWith(".") && !folded.endsWith(",")
                && POSITION.matcher(folded).find();
    }

    /** A position stands over a signature: the next text line is a capitalised name. */
    private static boolean followedByName(String[] lines, int i) {
        int next = nextNonBlank(lines, i + 1);
        if (next < 0) {
            return false;
        }
        String[] words = lines[next].strip().split("\\s+");
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return words.length >= 2 && words.length <= 6;
    }

    private static int nextNonBlank(String[] lines, int from) {
        for (int j = from; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private static String upper(String line) {
        return line.toUpperCase(VI);
    }
}
