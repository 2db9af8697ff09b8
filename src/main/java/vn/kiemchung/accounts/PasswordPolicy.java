package vn.kiemchung.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.kiemchung.platform.Refusal.Reason;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters (at most 200), not the user
 * name (nor the user name with digits or signs around it), not one character repeated, and not in
 * the list of common passwords ({@code security/common-passwords.txt}, compared without case,
 * diacritics, or the digits and signs people add at the end).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw refused("password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw refused("password.tooLong", MAX_LENGTH);
        }
        String folded = fold(password);
        String lettersOnly = folded.replaceAll("[^\\p{L}]", "");
        if (username != null && !username.isBlank()) {
            String name = fold(username);
            String nameLetters = name.replaceAll("[^\\p{L}]", "");
            if (folded.equals(name) || folded.equals(new StringBuilder(name).reverse().toString())
                    || (!nameLetters.isEmpty() && lettersOnly.equals(nameLetters))) {
                throw refused("password.isUsername");
            }
        }
        if (folded.codePoints().distinct().count() <= 2) {
            throw refused("password.repeats");
        }
        String plain = folded.replaceAll("[^\\p{L}\\p{N}]", "");
        String core = plain.replaceAll("\\d+$", "").replaceAll("^\\d+", "");
        if (COMMON.contains(folded) || COMMON.contains(plain) || COMMON.contains(core) || core.isEmpty()) {
            throw refused("password.common");
        }
    }

    /** Lower case, no diacritics (đ as d), as people type the same word on any keyboard. */
    public static String fold(String s) {
        String nfd = Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd').replace('Ð', 'D'), Normalizer.Form.NFD);
        return nfd.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static AccountRefusedException refused(String key, Object... args) {
        Object[] shown = java.util.Arrays.stream(args).map(String::valueOf).toArray();
        return AccountRefusedException.keyed(Reason.INVALID, key, shown);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(fold(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
