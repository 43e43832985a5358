package dev.studybot.search;

import java.util.List;

/**
 * Words that anchor a question to a day or a week (明天, 昨天, 今晚, 这周末): news, forecasts and plans of everyday
 * life, which policy documents, written in years and five-year plans, do not answer. A question with one is answered
 * only by a passage that says the same word.
 */
final class DayTimeWords {

    private static final List<String> WORDS = List.of("明天", "后天", "昨天", "前天", "今晚", "昨晚", "明晚", "今早",
            "明早", "今天早上", "这周", "本周", "下周", "上周", "周末", "刚才", "待会", "过几天", "这几天");

    private DayTimeWords() {
    }

    /** The day-scale time words of a folded question, in list order. */
    static List<String> in(String foldedQuestion) {
        return WORDS.stream().filter(foldedQuestion::contains).toList();
    }
}
