package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number facts of a sentence, each with near values as wrong options: dates, amounts, years, counts with a
 * unit, ordinals, sessions (十二届三次), congresses (党的二十大) and spans (一年多). What passes with its moment (第一批
 * 主题教育, 最后一个多月) is no fact to test.
 */
final class NumberFacts {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})月(\\d{1,2})日(上午|下午|晚上)?");
    private static final Pattern ORDINAL = Pattern.compile("第([一二三四五六七八九十]{1,3})(次|批|轮|届)");
    private static final Pattern SESSION =
            Pattern.compile("([一二三四五六七八九十]{1,3})届([一二三四五六七八九十]{1,3})次(?=全会|会议|全体会议)");
    private static final Pattern CONGRESS = Pattern.compile("(?<=党的)([一二三四五六七八九十]{1,3})大(?!以来)");
    private static final Pattern SPAN = Pattern.compile("([一两三四五六七八九十])(年多|个多月)");
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)"
            + "(%|个百分点|万亿元|亿元|万元|万人|亿人|万户|万吨|亿吨|万亩|亿亩|万公里|万千瓦|亿千瓦|倍)");
    /** A Chinese number with a unit that makes it a fact (十八亿亩, 一百周年 is no: 一百 is not read). */
    private static final Pattern COUNTED = Pattern.compile(
            "([一二两三四五六七八九十]{1,3})(亿亩|万亩|亿吨|万吨|亿人|万人|万亿元|亿元|周年|个百分点)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})年");
    /** A number said this often is the document's setting, not a fact to test. */
    private static final int SETTING = 3;

    /** The number facts of a sentence. */
    void find(SentenceText s, List<Fact> out) {
        String text = s.text();
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            int month = Integer.parseInt(date.group(1));
            int day = Integer.parseInt(date.group(2));
            String part = date.group(3) == null ? "" : date.group(3);
            List<String> wrong = new ArrayList<>();
            int days = month >= 1 && month <= 12 ? java.time.Month.of(month).maxLength() : 28;
            for (int d : Numerals.near(day, 1, 4)) {
                if (d <= days) {
                    wrong.add(month + "月" + d + "日" + part);
                }
            }
            out.add(new Fact("date:" + date.group(), FactKind.DATE, date.start(), date.end(), wrong, "", null));
        }
        Matcher amount = AMOUNT.matcher(text);
        while (amount.find()) {
            if (s.inDocument(amount.group()) < SETTING) {
                List<String> wrong = nearAmounts(amount.group(1)).stream().map(v -> v + amount.group(2)).toList();
                out.add(new Fact("number:" + amount.group(), FactKind.NUMBER, amount.start(), amount.end(), wrong,
                        "", null));
            }
        }
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            int value = Integer.parseInt(year.group(1));
            if (s.inDocument(year.group()) < SETTING && !text.startsWith("月", year.end())) {
                List<String> wrong = List.of(value - 5, value + 5, value - 10, value + 10).stream()
                        .map(v -> v + "年").toList();
                out.add(new Fact("number:" + year.group(), FactKind.NUMBER, year.start(), year.end(), wrong, "",
                        null));
            }
        }
        Matcher counted = COUNTED.matcher(text);
        while (counted.find()) {
            OptionalInt n = Numerals.parse(counted.group(1));
            boolean bounded = counted.start() == 0
                    || "零〇一二两三四五六七八九十百千万亿点第".indexOf(text.charAt(counted.start() - 1)) < 0;
            if (n.isPresent() && n.getAsInt() > 1 && bounded && s.inDocument(counted.group()) < SETTING) {
                int value = n.getAsInt();
                // A round anniversary has round neighbours (七十周年: 六十, 八十, 五十).
                List<Integer> near = value % 10 == 0 && value >= 20
                        ? List.of(value - 10, value + 10, value - 20).stream().filter(v -> v > 0 && v < 100).toList()
                        : Numerals.near(value, 1, 3);
                List<String> wrong = near.stream().map(v -> Numerals.write(v, true) + counted.group(2)).toList();
                out.add(new Fact("number:" + counted.group(), FactKind.NUMBER, counted.start(), counted.end(),
                        wrong, "", null));
            }
        }
        Matcher ordinal = ORDINAL.matcher(text);
        while (ordinal.find()) {
            OptionalInt n = Numerals.parse(ordinal.group(1));
            // Which batch (第一批) passes with its moment; 第三次分配 after 初次分配、再分配 is a set term.
            boolean batch = ordinal.group(2).equals("批");
            if (n.isPresent() && !batch && !setTerm(text, ordinal.start(), ordinal.end())
                    && !s.timeBound(ordinal.start()) && s.inDocument(ordinal.group()) < SETTING) {
                List<String> wrong = Numerals.near(n.getAsInt(), 1, 3).stream()
                        .map(v -> "第" + Numerals.write(v, false) + ordinal.group(2)).toList();
                out.add(new Fact("number:" + ordinal.group(), FactKind.NUMBER, ordinal.start(), ordinal.end(),
                        wrong, "", null));
            }
        }
        Matcher session = SESSION.matcher(text);
        while (session.find()) {
            OptionalInt term = Numerals.parse(session.group(1));
            OptionalInt meeting = Numerals.parse(session.group(2));
            if (term.isPresent() && meeting.isPresent()) {
                int t = term.getAsInt();
                int m = meeting.getAsInt();
                // Other meetings of the same term (十二届一次, 十二届二次, 十二届四次 beside 十二届三次): with a term changed
                // as well, the answer was the one a step from every other (seeds 353 and 359's readers), and another
                // term is ruled out by anyone who knows which committee sits (seed 373's reader).
                List<String> wrong = new ArrayList<>();
                for (int other = Math.max(1, m - 2); wrong.size() < 3; other++) {
                    if (other != m) {
                        wrong.add(Numerals.write(t, false) + "届" + Numerals.write(other, false) + "次");
                    }
                }
                out.add(new Fact("number:" + session.group(), FactKind.NUMBER, session.start(), session.end(),
                        wrong, "", null));
            }
        }
        Matcher congress = CONGRESS.matcher(text);
        while (congress.find()) {
            OptionalInt n = Numerals.parse(congress.group(1));
            if (n.isPresent() && s.inDocument(congress.group()) < SETTING) {
                List<String> wrong = List.of(1, 2, 3).stream().filter(d -> n.getAsInt() - d >= 1)
                        .map(d -> Numerals.write(n.getAsInt() - d, false) + "大").toList();
                out.add(new Fact("number:" + congress.group(), FactKind.NUMBER, congress.start(), congress.end(),
                        wrong, "", null));
            }
        }
        Matcher span = SPAN.matcher(text);
        while (span.find()) {
            OptionalInt n = Numerals.parse(span.group(1));
            // 最后一个多月 is true only for a few weeks.
            boolean passing = span.group(2).equals("个多月") || s.timeBound(span.start());
            if (n.isPresent() && !passing && s.inDocument(span.group()) < SETTING) {
                List<String> wrong = Numerals.near(n.getAsInt(), 1, 3).stream()
                        .map(v -> Numerals.write(v, true) + span.group(2)).toList();
                out.add(new Fact("number:" + span.group(), FactKind.NUMBER, span.start(), span.end(), wrong, "",
                        null));
            }
        }
    }

    /**
     * Near values of an amount as written (5 → 4, 6, 3, 7; 5.5 → 5, 6, 4.5, 6.5; 1200 → 1100, 1300, 1000, 1400):
     * a step of 0.5 for a decimal, 1 below 20, else a tenth of its magnitude.
     */
    static List<String> nearAmounts(String written) {
        java.math.BigDecimal value = new java.math.BigDecimal(written);
        java.math.BigDecimal step;
        if (written.contains(".")) {
            step = new java.math.BigDecimal("0.5");
        } else if (value.compareTo(java.math.BigDecimal.valueOf(20)) < 0) {
            step = java.math.BigDecimal.ONE;
        } else {
            step = java.math.BigDecimal.TEN.pow(Math.max(0, value.precision() - 2));
        }
        List<String> out = new ArrayList<>();
        for (int k : List.of(-1, 1, -2, 2)) {
            java.math.BigDecimal v = value.add(step.multiply(java.math.BigDecimal.valueOf(k)));
            if (v.signum() > 0) {
                out.add(v.scale() > 0 ? v.stripTrailingZeros().toPlainString() : v.toPlainString());
            }
        }
        return out;
    }

    /** Whether the ordinal is part of a set term the sentence lists before it (初次分配、再分配、第三次分配). */
    private static boolean setTerm(String text, int start, int end) {
        if (end + 2 > text.length()) {
            return false;
        }
        String head = text.substring(end, end + 2);
        return Words.allHan(head) && text.substring(Math.max(0, start - 10), start).contains(head);
    }
}
