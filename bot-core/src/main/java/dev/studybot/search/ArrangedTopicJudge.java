package dev.studybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question on how something was arranged (大运会期间成都的交通管制是怎么安排的, 对非典疫情防控做了哪些部署) is answered
 * only by a passage that speaks of that thing, in at least one of its character pairs: the sentence on the talks held
 * before the 大运会's opening names the games and the city but arranges no traffic. The thing is what the question
 * names right before it asks, after its last 的 (交通管制), or the whole phrase after 对 or 关于 when the question
 * marks it so (对农村承包地第二轮期满后的延期工作有何部署: a passage on 土地承包 speaks of it).
 */
final class ArrangedTopicJudge extends FirstPassageJudge {

    /** How a question asks for an arrangement: 是怎么安排的, 如何部署, 有什么安排, 作了哪些部署. */
    private static final Pattern ASKS_ARRANGEMENT = Pattern.compile(
            "(?:是)?(?:怎么|如何|怎样|咋)(?:样)?(?:安排|部署)|(?:有|作了?|做了?|作出了?|做出了?)(?:什么|哪些|何|啥)(?:样的)?(?:安排|部署)");
    /** Where the thing asked about starts: after the last of these. */
    private static final Pattern BEFORE_HEAD = Pattern.compile(".*(?:的|对|关于|，|,)");
    /** Where the phrase a question marks as its topic starts: after the last 对 or 关于. */
    private static final Pattern BEFORE_MARKED = Pattern.compile(".*(?:对|关于)");
    private static final Pattern HAN_PAIR = Pattern.compile("[\\u4E00-\\u9FFF]{2}");


    ArrangedTopicJudge(PassageCatalog catalog) {
        super(catalog);
    }

    @Override
    boolean answers(SearchQuestion question, String first) {
        List<String> topics = topics(question.folded());
        return topics.isEmpty() || topics.stream().anyMatch(topic -> sharesAPair(topic, first));
    }

    private static boolean sharesAPair(String topic, String passage) {
        for (int i = 0; i + 2 <= topic.length(); i++) {
            String pair = topic.substring(i, i + 2);
            if (HAN_PAIR.matcher(pair).matches() && passage.contains(pair)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an arrangement question asks about: the words after its last 的, and the phrase after its last 对 or 关于
     * when it has one; none when it asks for no arrangement.
     */
    static List<String> topics(String folded) {
        Matcher asks = ASKS_ARRANGEMENT.matcher(folded);
        if (!asks.find()) {
            return List.of();
        }
        String before = folded.substring(0, asks.start());
        List<String> topics = new ArrayList<>();
        Matcher head = BEFORE_HEAD.matcher(before);
        add(topics, head.lookingAt() ? before.substring(head.end()) : before);
        Matcher marked = BEFORE_MARKED.matcher(before);
        if (marked.lookingAt()) {
            add(topics, before.substring(marked.end()));
        }
        return topics;
    }

    private static void add(List<String> topics, String topic) {
        if (topic.codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count() >= 2) {
            topics.add(topic);
        }
    }
}
