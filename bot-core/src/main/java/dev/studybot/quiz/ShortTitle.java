package dev.studybot.quiz;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short name a question gives its document when a chat studies several (根据《二十大报告》，…): the name the
 * title itself gives in brackets (二十大 → 二十大报告), the year's government work report, the meeting and the
 * genre of a 关于… document, or the title up to its first meeting word (省委常委会召开（扩大）会议). Never cut mid-word.
 */
final class ShortTitle {

    private static final Pattern BRACKETED = Pattern.compile("^.*?\\s*[（(]([^()（）]{1,8})[)）]$");
    private static final Pattern ABOUT = Pattern.compile("^(.{2,24}?)关于.*?(决议|决定|意见|通知|报告)$");
    /** Words a title's meeting or report name ends with. */
    private static final List<String> ENDINGS = List.of("会议", "大会", "报告", "决议", "决定", "讲话");
    private static final int LONGEST = 20;

    private ShortTitle() {
    }

    /** The short name of a document with this title. */
    static String of(String title) {
        String t = title.strip().replace("中华人民共和国国务院", "");
        Matcher bracketed = BRACKETED.matcher(t);
        if (bracketed.matches()) {
            String name = bracketed.group(1).strip();
            return name.endsWith("大") ? name + "报告" : name;
        }
        Matcher about = ABOUT.matcher(t);
        if (about.matches()) {
            return about.group(1) + about.group(2);
        }
        String first = t.split("[\\s\\u3000]+|——|，")[0];
        if (first.length() <= LONGEST) {
            return first;
        }
        int cut = -1;
        for (String ending : ENDINGS) {
            int at = first.lastIndexOf(ending, LONGEST - ending.length());
            if (at > 0) {
                cut = Math.max(cut, at + ending.length());
            }
        }
        return cut > 0 ? first.substring(0, cut) : first;
    }
}
