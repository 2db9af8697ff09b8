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

    /** The message {@code key} in both languages, {0}… filled with {@code args}. */
    public static Bilingual of(String key, Object... args) {
        return new Bilingual(format(key, VI, args), format(key, Locale.ENGLISH, args));
    }

    private static String format(String key, Locale locale, Object[] args) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        return format.format(args == null ? new Object[0] : args);
    }
}
