package dev.studybot.search;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A question asking which numbered one of a series (哪一轮巡视会检查这项工作, 第几批主题教育, 落实哪次全会的部署) is
 * answered only by a passage that numbers that series (第一批, 十二届三次全会): the first of the leading candidates
 * that does is shown first; when none does, the documents do not say which one, however much else of the question
 * they say (巡视巡察监督重点 names no round).
 */
final class NumberedOneJudge implements Judge {

    /** The counters of the series a question may ask about: rounds, terms, batches, issues, sessions. */
    private static final List<String> COUNTERS = List.of("轮", "届", "批", "期", "次");
    /** Which numbered one a question asks, with the counter of the series. */
    private static final Pattern ASKS_NUMBERED = Pattern.compile("(?:哪一|第几|哪)(" + String.join("|", COUNTERS) + ")");
    /** A numbered one of each series, by its counter: 第一批, 三次, 十二届. */
    private static final Map<String, Pattern> NUMBERED = COUNTERS.stream().collect(Collectors.toUnmodifiableMap(
            counter -> counter, counter -> Pattern.compile("[一二三四五六七八九十百两0-9第首]" + counter)));
    /** How many of the leading candidates are read for the numbered one. */
    private static final int LEADING = 3;

    private final PassageCatalog catalog;

    NumberedOneJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        Matcher asks = ASKS_NUMBERED.matcher(question.folded());
        if (!verdict.answered() || !asks.find()) {
            return verdict;
        }
        Pattern numbered = NUMBERED.get(asks.group(1));
        Verdict moved = verdict.answeredByFirstOf(LEADING, number -> numbered.matcher(catalog.folded(number)).find());
        // answeredByFirstOf gives back the same verdict when none of the leading passages numbers the series.
        return moved == verdict ? verdict.abstaining() : moved;
    }
}
