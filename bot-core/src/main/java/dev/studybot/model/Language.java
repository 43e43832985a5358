package dev.studybot.model;

import java.util.Locale;
import java.util.Optional;

/** The languages StudyBot speaks; Chinese by default. */
public enum Language {
    ZH(Locale.ROOT, "zh"),
    EN(Locale.ENGLISH, "en");

    private final Locale bundleLocale;
    private final String code;

    Language(Locale bundleLocale, String code) {
        this.bundleLocale = bundleLocale;
        this.code = code;
    }

    /** The locale that selects this language's message bundle (the root bundle is Chinese). */
    public Locale bundleLocale() {
        return bundleLocale;
    }

    /** The short code users type: {@code zh} or {@code en}. */
    public String code() {
        return code;
    }

    /** The language for a code such as {@code en}, {@code zh-CN}, {@code 中文}, {@code English}. */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh") || t.equals("中文") || t.equals("chinese") || t.equals("cn")) {
            return Optional.of(ZH);
        }
        if (t.startsWith("en") || t.equals("英文") || t.equals("english")) {
            return Optional.of(EN);
        }
        return Optional.empty();
    }

    /** The language a platform's locale hint suggests, Chinese when unsure. */
    public static Language fromHint(Locale hint) {
        return hint != null && "en".equals(hint.getLanguage()) ? EN : ZH;
    }
}
