package vn.kiemchung.extraction.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recipients: the "Kính gửi:" addressees (box 9a), then the items of the "Nơi nhận:" list
 * (box 9b). Text of the signature column that PDF extraction put on the same line is cut off.
 */
final class RecipientsExtractor {

    private static final int MAX_ITEMS = 40;
    private static final Pattern KINH_GUI = Pattern.compile("(?iu)^kính gửi\\s*:?\\s*(.*)$");
    private static final Pattern NOI_NHAN = Pattern.compile("(?iu)^nơi nhận\\s*:?\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[-–+•]\\s*(.+)$");
    /** An item ends with ';' or '.'; what follows on the same line belongs to the signature column. */
    private static final Pattern ITEM_END = Pattern.compile("^(.*?[;.])(?:\\s+\\p{Lu}.*)?$");

    List<String> extract(DocumentLines doc) {
        List<String> out = new ArrayList<>();
        List<Line> all = doc.all();
        for (int i = 0; i < all.size(); i++) {
            if (!startsWith(all.get(i).text(), 'k')) {
                continue;
            }
            Matcher m = KINH_GUI.matcher(all.get(i).text());
            if (m.find()) {
                String inline = m.group(1).strip();
                if (!inline.isEmpty()) {
                    out.add(clean(inline));
                }
                items(all, i + 1, out);
                break;
            }
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (startsWith(all.get(i).text(), 'n') && NOI_NHAN.matcher(all.get(i).text()).find()) {
                items(all, i + 1, out);
                break;
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether the line may open with the given letter as the anchored (?iu) patterns above compare
     * it: a cheap test that spares the regex on the other lines of a long document.
     */
    private static boolean startsWith(String line, char lower) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        return c == lower || Character.toLowerCase(c) == lower || Character.toLowerCase(Character.toUpperCase(c)) == lower;
    }

    private static void items(List<Line> lines, int from, List<String> out) {
        int added = 0;
        for (int j = from; j < lines.size() && added < MAX_ITEMS; j++) {
            Matcher item = ITEM.matcher(lines.get(j).text());
            if (!item.matches()) {
                break;
            }
            String text = clean(item.group(1));
            if (!text.isEmpty()) {
                out.add(text);
                added++;
            }
        }
    }

    private static String clean(String item) {
        String s = item.strip();
        Matcher end = ITEM_END.matcher(s);
        if (end.matches()) {
            s = end.group(1);
        }
        return s.replaceAll("[;.,]+$", "").strip();
    }
}
