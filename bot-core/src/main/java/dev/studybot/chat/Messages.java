package dev.studybot.chat;

import dev.studybot.model.Language;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text from message bundles. Each capability keeps its own bundle under {@code i18n/} (the root file
 * is Chinese, {@code _en} is English); a key is looked up in each in turn.
 */
public final class Messages {

    /** The bundles every bot has; a capability's bundle is simply absent until it exists. */
    public static final List<String> BUNDLES = List.of("i18n/core", "i18n/search", "i18n/quiz", "i18n/daily");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final List<ResourceBundle> bundles;

    private Messages(Language language, List<ResourceBundle> bundles) {
        this.language = language;
        this.bundles = bundles;
    }

    /** The messages of one language. */
    public static Messages of(Language language) {
        List<ResourceBundle> bundles = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                bundles.add(ResourceBundle.getBundle(name, language.bundleLocale(), NO_FALLBACK));
            } catch (MissingResourceException absent) {
                // That capability has no texts (yet).
            }
        }
        return new Messages(language, List.copyOf(bundles));
    }

    /** The messages of every language, loaded once. */
    public static Map<Language, Messages> all() {
        Map<Language, Messages> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, of(language));
        }
        return all;
    }

    /** The language these messages are in. */
    public Language language() {
        return language;
    }

    /** The text for a key, with {@code {0}}-style arguments filled in. A missing key shows as itself. */
    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
            }
        }
        return key;
    }

    /** Whether a key exists. */
    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }
}
