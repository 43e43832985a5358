package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Chinese numerals from 1 to 99 (三, 十二, 二十) read and written, and the near values a member might mistake one
 * for: the wrong options of a number question.
 */
final class Numerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {
    }

    /** The value of 一 … 九十九 (两 is 2), or empty. */
    static OptionalInt parse(String text) {
        String t = text.replace('两', '二');
        if (t.isEmpty() || t.length() > 3) {
            return OptionalInt.empty();
        }
        int ten = t.indexOf('十');
        if (ten < 0) {
            return t.length() == 1 && DIGITS.indexOf(t.charAt(0)) > 0
                    ? OptionalInt.of(DIGITS.indexOf(t.charAt(0))) : OptionalInt.empty();
        }
        int tens = ten == 0 ? 1 : ten == 1 ? DIGITS.indexOf(t.charAt(0)) : -1;
        int ones = ten == t.length() - 1 ? 0 : t.length() - ten == 2 ? DIGITS.indexOf(t.charAt(ten + 1)) : -1;
        return tens > 0 && ones >= 0 ? OptionalInt.of(tens * 10 + ones) : OptionalInt.empty();
    }

    /** 1 … 99 in Chinese numerals (十二, 二十); {@code counting} writes 2 as 两 (两年多). */
    static String write(int value, boolean counting) {
        if (value == 2 && counting) {
            return "两";
        }
        if (value < 10) {
            return String.valueOf(DIGITS.charAt(value));
        }
        String tens = value / 10 == 1 ? "十" : DIGITS.charAt(value / 10) + "十";
        return value % 10 == 0 ? tens : tens + DIGITS.charAt(value % 10);
    }

    /** Near values of {@code value}, nearest first, none below {@code min}: 2 gives 1, 3, 4 … */
    static List<Integer> near(int value, int min, int count) {
        List<Integer> out = new ArrayList<>();
        for (int d = 1; out.size() < count && d < 10; d++) {
            if (value - d >= min) {
                out.add(value - d);
            }
            if (out.size() < count) {
                out.add(value + d);
            }
        }
        return out;
    }
}
