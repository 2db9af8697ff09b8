package vn.kiemchung.extraction.fields;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kiemchung.extraction.VietnameseText;

/**
 * Vietnamese family names, a short closed list. OCR most often gets a tone mark wrong ("Lẽ" for
 * "Lê"), and a name's first word is almost always one of these, so a first word that equals a
 * surname but for its marks can be put right. Surnames that share their letters ("La", "Lã")
 * are left out: the marks cannot choose between them.
 */
final class Surnames {

    private static final List<String> NAMES = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Đinh", "Đào", "Trương", "Lương", "Lâm", "Mai", "Trịnh", "Thái", "Châu",
            "Quách", "Tạ", "Tô", "Triệu", "Cao", "Kiều", "Mạc", "Khúc", "Tăng", "Thạch", "Văn", "Diệp",
            "Lại", "Ông", "Đoàn", "Hứa", "Lục", "Tôn", "Thân", "Chu", "Giang", "Doãn", "Âu", "Hà");

    /** Folded form → the one surname with those letters. */
    private static final Map<String, String> BY_LETTERS = byLetters();

    private Surnames() {
    }

    /** The name with its first word's marks set to the surname with the same letters, when there is one. */
    static String withSurnameMarks(String name) {
        int space = name.indexOf(' ');
        if (space <= 0) {
            return name;
        }
        String first = name.substring(0, space);
        return Optional.ofNullable(BY_LETTERS.get(VietnameseText.fold(first)))
                .map(surname -> surname + name.substring(space))
                .orElse(name);
    }

    private static Map<String, String> byLetters() {
        Map<String, String> m = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (String n : NAMES) {
            count.merge(VietnameseText.fold(n), 1, Integer::sum);
            m.put(VietnameseText.fold(n), n);
        }
        count.forEach((letters, c) -> {
            if (c > 1) {
                m.remove(letters);
            }
        });
        return Map.copyOf(m);
    }
}
