package dev.studybot.quiz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pronoun 其 refers back to: the subject the sentence before opens with, when that is a plain noun phrase
 * (习近平总书记这次来川视察作出的重要指示，视野宏阔… then 全省上下要准确把握其丰富内涵…). A stem cut from the second
 * sentence says it in the pronoun's place, since out of its paragraph 其 points at nothing.
 */
final class Antecedents {

    /** Shortest subject taken. */
    private static final int MIN_SUBJECT = 4;
    /** Longest subject taken: a longer opening clause is no plain noun phrase. */
    private static final int MAX_SUBJECT = 30;
    /** Words that make an opening clause a statement or an action rather than a noun phrase (要, not 重要). */
    private static final Pattern NOT_A_NOUN_PHRASE =
            Pattern.compile("[是在对把将为从向]|(?<![重主需必首纲提摘只])要(?![求素点闻件害])");
    /** 其 as a pronoun, not inside 其他, 其中, 其实, 尤其, 极其, 与其. */
    private static final Pattern PRONOUN = Pattern.compile("(?<![尤极与])其(?![他它中实余次间])");

    private Antecedents() {
    }

    /** The noun phrase {@code sentence} opens with (after who says it), or empty. */
    static String openingSubject(String sentence, String speaker) {
        String text = afterSpeaker(sentence, speaker);
        int comma = text.indexOf('，');
        if (comma < 0) {
            return "";
        }
        String clause = text.substring(0, comma);
        boolean plain = clause.length() >= MIN_SUBJECT && clause.length() <= MAX_SUBJECT && clause.contains("的")
                && !NOT_A_NOUN_PHRASE.matcher(clause).find();
        return plain ? clause : "";
    }

    /** The sentence without the speaker it opens with (会议指出，), if it does. */
    static String afterSpeaker(String sentence, String speaker) {
        return !speaker.isEmpty() && sentence.startsWith(speaker + "，") ? sentence.substring(speaker.length() + 1)
                : sentence;
    }

    /** The text with its first pronoun 其 replaced by {@code antecedent}的, or as it is when there is none. */
    static String resolved(String text, String antecedent) {
        if (antecedent.isEmpty()) {
            return text;
        }
        Matcher m = PRONOUN.matcher(text);
        return m.find() ? text.substring(0, m.start()) + antecedent + "的" + text.substring(m.end()) : text;
    }
}
