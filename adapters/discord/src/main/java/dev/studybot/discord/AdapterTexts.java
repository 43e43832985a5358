package dev.studybot.discord;

import dev.studybot.model.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Texts only Discord needs (the select-menu hint), from the adapter's own bundle {@code i18n/discord}; every
 * command's texts come from the core's messages.
 */
final class AdapterTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    AdapterTexts() {
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle("i18n/discord", language.bundleLocale(), NO_FALLBACK));
        }
    }

    /** The adapter's text for a key, or the fallback when the bundle lacks it. */
    String get(String key, Language language, String fallback) {
        ResourceBundle bundle = bundles.get(language);
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
