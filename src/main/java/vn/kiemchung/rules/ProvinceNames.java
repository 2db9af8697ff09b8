package vn.kiemchung.rules;

import vn.kiemchung.extraction.VietnameseText;

/** Compares province names written differently: "Tỉnh Bạc Liêu", "TỈNH BẠC LIÊU", "Bac Lieu". */
final class ProvinceNames {
    private ProvinceNames() {
    }

    static String key(String name) {
        String folded = VietnameseText.fold(name == null ? "" : name).strip();
        for (String prefix : new String[] {"tinh ", "thanh pho ", "tp. ", "tp "}) {
            if (folded.startsWith(prefix)) {
                folded = folded.substring(prefix.length());
            }
        }
        return folded.strip();
    }
}
