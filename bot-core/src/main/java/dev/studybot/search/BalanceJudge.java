package dev.studybot.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A question on how two things are held together (搞研发和把成果用起来，两头怎么兼顾, 科技创新跟成果转化咋一起抓) is
 * answered by the passage that states such a pair of efforts in the words documents use for it (一手抓科技创新，一手抓
 * 科技成果转化; 统筹发展和安全; 同时发力) and shares a word of the question: the first of the leading candidates that
 * does is shown first, answering. A colloquial question of this kind shares few words with that passage, and its
 * meaning is close to every passage on either thing.
 */
final class BalanceJudge implements Judge {

    /** A question asking how two things are held together. */
    private static final Pattern ASKS_BALANCE = Pattern.compile("兼顾|两头|两手|两者|并进|一起抓|同时抓|齐抓");
    /** A passage stating a pair of efforts held together. */
    private static final Pattern STATES_BALANCE = Pattern.compile(
            "一手抓[^。；;]{1,30}一手抓|两手抓|同时发力|兼顾|并重|统筹[^，,。；;]{1,12}[和与]");
    /** How many of the leading candidates are read for a stated pair. */
    private static final int LEADING = 3;

    private final PassageCatalog catalog;

    BalanceJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (!ASKS_BALANCE.matcher(question.folded()).find()) {
            return verdict;
        }
        List<String> words = question.terms().longerWords().stream()
                .filter(word -> !ASKS_BALANCE.matcher(word).find()).toList();
        return verdict.answeredByFirstOf(LEADING, number -> {
            String text = catalog.folded(number);
            return STATES_BALANCE.matcher(text).find() && words.stream().anyMatch(text::contains);
        });
    }
}
