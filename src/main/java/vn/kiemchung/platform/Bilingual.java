package vn.kiemchung.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A refusal's text in Vietnamese and English, read from messages.properties and messages_en.properties
 * (the pages' own bundles) so that services far from the web layer keep no wording in Java.
 */
public record Bilingual(String vi, String en) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /**
     * The message {@code key} in both languages, {0}… filled with {@code args}; an argument that is itself a
     * {@code Bilingual} (a status's name, say) is put in the same language. As the pages' message source does,
     * a message without arguments is taken as written (no MessageFormat quoting).
     */
    public static Bilingual of(String key, Object... args) {
        return new Bilingual(format(key, VI, args, true), format(key, Locale.ENGLISH, args, false));
    }

    /** Both languages in one line, Vietnamese first: "… / …" (command-line errors, rule and catalogue problems). */
    public String both() {
        return vi + " / " + en;
    }

    private static String format(String key, Locale locale, Object[] args, boolean vietnamese) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] filled = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            filled[i] = args[i] instanceof Bilingual b ? (vietnamese ? b.vi() : b.en()) : args[i];
        }
        return new MessageFormat(pattern, locale).format(filled);
    }
}
