package dev.studybot.discord;

import dev.studybot.chat.Messages;
import dev.studybot.model.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Texts only Discord needs (option and subcommand descriptions, the select-menu hint), from the adapter's own
 * bundle {@code i18n/discord}; command descriptions come from the core's messages first.
 */
final class AdapterTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
    private final Map<Language, Messages> core;

    /** @param core the core's messages of each language (for {@code command.<name>.description}) */
    AdapterTexts(Map<Language, Messages> core) {
        this.core = Map.copyOf(core);
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle("i18n/discord", language.bundleLocale(), NO_FALLBACK));
        }
    }

    /** A command's description: the core's text when it has one, else the adapter's, else the name. */
    String commandDescription(String command, Language language) {
        String key = "command." + command + ".description";
        Messages messages = core.get(language);
        if (messages != null && messages.has(key)) {
            return messages.get(key);
        }
        return get(key, language, command);
    }

    /** The adapter's text for a key, or the fallback when the bundle lacks it. */
    String get(String key, Language language, String fallback) {
        ResourceBundle bundle = bundles.get(language);
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
