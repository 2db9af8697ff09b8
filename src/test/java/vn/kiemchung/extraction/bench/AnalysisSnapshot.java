package vn.kiemchung.extraction.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import vn.kiemchung.extraction.DocumentReader;
import vn.kiemchung.extraction.LegacyTexts;
import vn.kiemchung.extraction.LegacyVietnameseEncoding;
import vn.kiemchung.extraction.VietnameseText;
import vn.kiemchung.extraction.fields.DocumentFieldReader;

/**
 * Writes what the text analysis makes of many inputs (legacy encoding, readable text, folds,
 * quality, every field with its figures), one record per input, so that two builds can be
 * compared with {@code diff}: a rewrite for speed must not change a line. Inputs: the generated
 * benchmark texts, every text file of the shared corpus (read at run time), and random strings
 * over an alphabet of the characters the analysis treats specially.
 *
 * <p>Usage: {@code AnalysisSnapshot out-file [corpus-dir]}.
 */
public final class AnalysisSnapshot {

    private AnalysisSnapshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String kind : List.of("bench", "prose", "tcvn3")) {
            inputs.put("generated/" + kind, BenchTexts.documents(kind).get(0));
        }
        inputs.put("generated/vni", LegacyTexts.encode(BenchTexts.proseDocument(3, new Random(7)), "VNI"));
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList()) {
                inputs.put(corpus.relativize(f).toString(), read(f));
            }
        }
        List<String> random = randomTexts(20261204, 3000);
        for (int i = 0; i < random.size(); i++) {
            inputs.put("random/" + i, random.get(i));
        }
        DocumentFieldReader reader = new DocumentFieldReader();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (var e : inputs.entrySet()) {
                w.println(record(e.getKey(), e.getValue(), reader));
            }
        }
        System.out.println(inputs.size() + " inputs written to " + out);
    }

    static String record(String name, String raw, DocumentFieldReader reader) {
        String legacy = LegacyVietnameseEncoding.detect(raw).orElse(null);
        String text = DocumentReader.readableText(raw, legacy);
        StringBuilder sb = new StringBuilder(name);
        sb.append("\tlegacy=").append(legacy);
        sb.append("\tnormalized=").append(sha(VietnameseText.normalize(raw)));
        sb.append("\treadable=").append(sha(text));
        sb.append("\tfoldRaw=").append(sha(VietnameseText.fold(raw)));
        sb.append("\tfold=").append(sha(VietnameseText.fold(text)));
        List<String> lineFolds = new ArrayList<>();
        for (String line : raw.split("\n", 200)) {
            lineFolds.add(VietnameseText.fold(line));
        }
        sb.append("\tlineFolds=").append(sha(String.join("\u0001", lineFolds)));
        sb.append("\tquality=").append(VietnameseText.syllableQuality(text.length() > 20_000 ? text.substring(0, 20_000) : text));
        sb.append("\tqualityRaw=").append(VietnameseText.syllableQuality(raw.length() > 20_000 ? raw.substring(0, 20_000) : raw));
        sb.append("\tfields=").append(text.isBlank() ? "-" : reader.read(text, false).toString().replace('\n', ' ').replace('\f', ' '));
        sb.append("\tocrFields=").append(text.isBlank() ? "-" : sha(reader.read(text, true).toString()));
        return sb.toString();
    }

    private static String read(Path f) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        byte[] bytes = Files.readAllBytes(f);
        if (bytes.length > 2_000_000) {
            bytes = java.util.Arrays.copyOf(bytes, 2_000_000);
        }
        return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    /** Pieces the analysis treats specially: marks, eths, odd spaces, invisibles, breaks, dates, numbers, scripts. */
    private static final String[] PIECES = {
        "a", "A", "đ", "Đ", "Ð", "ð", "ư", "Ư", "ế", "Ế", "ệ", "e\u0302\u0301", "a\u0300", "o\u031B\u0323", "\u0301", "\u0323",
        " ", "  ", "\t", "\u000B", "\u00A0", "\u1680", "\u2003", "\u202F", "\u205F", "\u3000", "\u00AD", "\u200B", "\u200D",
        "\u2060", "\uFEFF", "\r\n", "\r", "\n", "\f", " \n ", "\u2028", "\u001C", "\u0085",
        "ngày", "Ngày", "NGÀY", "tháng", "Tháng", "năm", "Năm", "tháng 3năm", "ngày 5\n tháng / 7 năm\n2023", "15", "2023",
        "72,5%", "1.941", "0291 3822 123", "Điều 3", "số 12/2023/NĐ-CP", "Số: 12/QĐ-UBND", "V/v", "a)", "(ii)", "“", "”", "–", "…",
        "İ", "Σ", "σς", "ß", "ﬁ", "Ω", "Ω", "K", "가", "한", "\uD835\uDC00", "\uD800", "\uDC00", "é", "Æ", "œ", "ǅ", "ǈ",
        "Quyết định", "ỦY BAN NHÂN DÂN", "Bạc Liêu", "TM. ", "CHỦ TỊCH", "Nguyễn Văn An", "Nơi nhận:", "- Lưu: VT.",
        "SAO Y", "05/SY-UBND", "QuyÕt ®Þnh", "Quyeát ñònh", "x", "qu", "gi", "nghiêng", "ABC", "TP.", ",", ".", ";", ":",
    };

    /** Random strings over the pieces above (deterministic for a seed). */
    public static List<String> randomTexts(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(randomText(random));
        }
        return out;
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 40);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static String sha(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_16BE));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
