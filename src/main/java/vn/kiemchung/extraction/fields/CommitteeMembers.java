package vn.kiemchung.extraction.fields;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;
import vn.kiemchung.extraction.VietnameseText;

/**
 * Reads who heads a committee (Trưởng ban) and who are its deputies (Phó Trưởng ban) from the text
 * of a decision that sets up or reorganises it. Decisions write the list two ways: name first
 * ("1. Ông A, Chủ tịch UBND tỉnh – Trưởng ban;") or role first ("1. Trưởng ban: Ông A, Chủ tịch UBND
 * tỉnh"). A member's titles are the comma-separated parts of the entry that are not their name, so
 * "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" is two titles and the holder is the Chairman.
 * Rules see it as the document fact's {@code committeeHead} and {@code committeeDeputies}.
 */
@NamedInterface("committee-members")
public final class CommitteeMembers {

    /**
     * "Trưởng ban" / "Trưởng Ban Chỉ đạo" as a role, not "Phó Trưởng ban" and not the head of another
     * body ("Trưởng Ban Tổ chức Tỉnh ủy": another word follows on the same line).
     */
    private static final Pattern HEAD_ROLE = Pattern.compile(
            "(?<!phó\\s)trưởng\\s+ban(?:[ \\t]+chỉ[ \\t]+đạo|[ \\t]+bcđ)?+(?![ \\t]+(?!chuyển|của|tỉnh)\\p{L})");
    private static final Pattern DEPUTY_ROLE = Pattern.compile(
            "phó\\s+trưởng\\s+ban(?:[ \\t]+chỉ[ \\t]+đạo|[ \\t]+bcđ)?+(?:[ \\t]+thường[ \\t]+trực)?+(?![ \\t]+(?!chuyển|của|tỉnh)\\p{L})");
    /** Where an entry ends: the next list item, the next role, or a semicolon. */
    private static final Pattern ENTRY_END = Pattern.compile(
            ";|\\n\\s*(?:\\d+[.)]|[-+•–])|(?:phó\\s+)?trưởng\\s+ban|ủy\\s+viên|uỷ\\s+viên|thành\\s+viên");
    /** Where an entry starts when the role follows it: the previous separator or role. */
    private static final Pattern ENTRY_START = Pattern.compile(
            ";|\\n|(?:phó\\s+)?trưởng\\s+ban(?:[ \\t]+chỉ[ \\t]+đạo|[ \\t]+bcđ)?|ủy\\s+viên|uỷ\\s+viên|thành\\s+viên");
    private static final Pattern PARTS = Pattern.compile("\\s*(?:,|\\s[–—-]\\s|\\skiêm\\s)\\s*");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:\\d+[.)]|[-+•–])\\s*");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:ông|bà|đồng chí|đ/c)\\s+", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ENTRY = 160;

    private CommitteeMembers() {
    }

    /**
     * One member of the committee as the decision names them.
     *
     * @param name   the person's name without "Ông"/"Bà", as written, or "" when the entry gives none
     * @param titles the other parts of the entry, folded (lower case, no diacritics), in order
     * @param entry  the entry as written, trimmed
     */
    @NamedInterface("committee-members")
    public record Member(String name, List<String> titles, String entry) {

        /** True when one of the titles begins with one of the phrases (";" between them), ignoring case and diacritics. */
        public boolean holdsOneOf(String phrases) {
            for (String p : phrases.split(";")) {
                String f = VietnameseText.fold(p).strip();
                if (!f.isEmpty() && titles.stream().anyMatch(t -> t.equals(f) || t.startsWith(f + " "))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The head (Trưởng ban) the text names, if any. */
    public static Optional<Member> head(String text) {
        String t = lower(text);
        Matcher m = HEAD_ROLE.matcher(t);
        return m.find() ? Optional.of(member(t, m)).filter(h -> !h.entry().isEmpty()) : Optional.empty();
    }

    /** The deputies (Phó Trưởng ban) the text names, in order. */
    public static List<Member> deputies(String text) {
        String t = lower(text);
        List<Member> deputies = new ArrayList<>();
        Matcher m = DEPUTY_ROLE.matcher(t);
        while (m.find()) {
            Member d = member(t, m);
            if (!d.entry().isEmpty()) {
                deputies.add(d);
            }
        }
        return List.copyOf(deputies);
    }

    private static Member member(String t, Matcher role) {
        String after = t.substring(role.end());
        String entry;
        if (after.stripLeading().startsWith(":")) {
            int from = role.end() + after.indexOf(':') + 1;
            Matcher end = ENTRY_END.matcher(t);
            int limit = Math.min(t.length(), from + MAX_ENTRY);
            entry = t.substring(from, end.find(from) ? Math.min(end.start(), limit) : limit);
        } else {
            int start = Math.max(0, role.start() - MAX_ENTRY);
            Matcher s = ENTRY_START.matcher(t);
            s.region(start, role.start());
            while (s.find()) {
                start = s.end();
            }
            entry = t.substring(start, role.start());
        }
        return parse(entry);
    }

    private static Member parse(String raw) {
        String entry = LIST_MARK.matcher(raw.strip()).replaceFirst("").replaceAll("[\\s:,;–—-]+$", "").strip();
        String name = "";
        List<String> titles = new ArrayList<>();
        for (String part : PARTS.split(entry)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Matcher h = HONORIFIC.matcher(p);
            if (name.isEmpty() && h.find()) {
                name = titleCase(p.substring(h.end()).strip());
            } else {
                titles.add(VietnameseText.fold(p).strip());
            }
        }
        return new Member(name, List.copyOf(titles), entry);
    }

    private static String lower(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).replace('\u00D0', '\u0110')
                .toLowerCase(Locale.ROOT);
    }

    /** "đồng văn thanh" → "Đồng Văn Thanh" (the text was lower-cased to be matched). */
    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
            }
        }
        return out.toString();
    }
}
