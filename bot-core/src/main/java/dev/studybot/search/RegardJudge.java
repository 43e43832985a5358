package dev.studybot.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question on what something is regarded as (会议把学习贯彻总书记指示看成一件什么性质的事, 贯彻落实视察精神属于什么性质
 * 的工作) is answered by the passage that states it so, in the words documents use for a thing's standing as a task
 * (学习宣传贯彻…重要指示精神，是当前和今后一个时期全省的重要政治任务; …是…具有里程碑意义的大事), about the question's own
 * subject: of the leading candidates, the one whose statement's subject shares the most of the question's words, at
 * least two, is shown first, answering (the earlier of two that share as many). Every passage on the same
 * instructions is as close in words and in meaning.
 */
final class RegardJudge implements Judge {

    /** A question asking what something is regarded as: 看成一件什么性质的事, 属于什么性质的工作, 算不算头等大事. */
    private static final Pattern ASKS_REGARD = Pattern.compile(
            "(?:看成|看作|看做|当成|当作|当做|视为|视作|算作|算是|属于|被看作|是)(?:一件|一项|一个)?(?:全省)?"
                    + "(?:什么|啥|怎样|什么样|怎么样)的?(?:性质|分量|级别)?的?(?:事|事情|任务|工作|大事|要事)"
                    + "|算不算(?:头等|一件|一项)?(?:大事|要事|任务)");
    /** A standing stated as a task or an event: …是当前和今后一个时期全省的重要政治任务, …是…的大事. */
    private static final Pattern STATES_REGARD = Pattern.compile(
            "是[^，,。；;？?]{0,30}?(?:任务|大事|要事|要务|工程)");
    /** How many of the question's words the statement's subject must share. */
    private static final int SHARED = 2;
    /** How many of the leading candidates are read for the statement. */
    private static final int LEADING = 5;

    private final PassageCatalog catalog;

    RegardJudge(PassageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        Matcher asked = ASKS_REGARD.matcher(question.folded());
        if (!asked.find()) {
            return verdict;
        }
        String asking = asked.group();
        List<String> words = question.terms().longerWords().stream().filter(word -> !asking.contains(word)).toList();
        List<Scored> ranked = verdict.ranked();
        int best = -1;
        long most = SHARED - 1;
        for (int i = 0; i < Math.min(LEADING, ranked.size()); i++) {
            long shared = sharedBySubject(catalog.folded(ranked.get(i).number()), words);
            if (shared > most) {
                best = i;
                most = shared;
            }
        }
        return best < 0 ? verdict : verdict.answeredBy(best);
    }

    /**
     * How many of the words the subject of a standing the folded passage states (before 是, in its sentence) holds:
     * the most of any such statement, 0 when it states none.
     */
    private static long sharedBySubject(String passage, List<String> words) {
        Matcher stated = STATES_REGARD.matcher(passage);
        long most = 0;
        while (stated.find()) {
            String subject = passage.substring(passage.lastIndexOf('。', stated.start()) + 1, stated.start());
            most = Math.max(most, words.stream().filter(subject::contains).count());
        }
        return most;
    }
}
