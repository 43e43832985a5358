package dev.studybot.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause around a place in a text, between the marks that end clauses (，。；！？): judges read a modifier
 * before a word (具有全国影响力的科技创新中心) or what follows a name (让群众评价) within its clause only.
 */
final class Clauses {

    /** What ends a clause. */
    private static final Pattern END = Pattern.compile("[，,。；;！!？?]");

    private Clauses() {
    }

    /** The part of the clause before {@code at}, at most {@code reach} characters of it. */
    static String before(String text, int at, int reach) {
        String before = text.substring(Math.max(0, at - reach), at);
        Matcher end = END.matcher(before);
        int from = 0;
        while (end.find()) {
            from = end.end();
        }
        return before.substring(from);
    }

    /** The part of the clause from {@code from} to its end. */
    static String after(String text, int from) {
        Matcher end = END.matcher(text);
        return end.find(from) ? text.substring(from, end.start()) : text.substring(from);
    }
}
