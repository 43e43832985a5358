package dev.studybot.telegram;

/** Small text helpers for Telegram's length limits. */
final class Texts {

    private Texts() {
    }

    /**
     * The text cut to at most {@code max} UTF-16 characters (how the library checks limits), never inside a
     * surrogate pair, ending in … when cut.
     */
    static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }
}
