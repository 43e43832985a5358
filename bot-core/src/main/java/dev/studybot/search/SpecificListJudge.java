package dev.studybot.search;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question asking specifically (具体, or this year's: 今年) which ones of a concrete kind of thing (川渝合作有哪些具体的
 * 重大项目, 具体考察了哪几家企业, 今年有哪些重大项目) wants their names: a first passage that lists none of that kind
 * ({@link ListAnswerJudge#answers}, quoted formulations aside) speaks of the topic, not of the things, and does not
 * answer. Kinds that a report states (要求, 措施, 部署…: {@link ListAnswerJudge#stated}) and areas of work are left
 * alone, the passage that states them being the answer; so are places (哪几个城市), which a passage lists by their
 * names alone (广元、德阳) and {@link ExpectedAnswerJudge} reads.
 */
final class SpecificListJudge extends FirstPassageJudge {

    /**
     * What marks a question as asking for the particular things: 具体, or a year they fall in (川渝合作今年有哪些重大
     * 项目), which only the things themselves answer.
     */
    private static final Pattern SPECIFICALLY = Pattern.compile("具体|今年|明年|年内");

    /** The last characters of kinds of places. */
    private static final Set<String> PLACES = Set.of("城市", "地方", "地区", "市州", "地市", "区县", "县区", "省份", "国家",
            "地点", "市", "州", "县", "区", "省", "村", "镇", "乡");

    /** A quoted formulation (“一极一源、两中心两地”): a name, not a list of things. */
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”");

    SpecificListJudge(PassageCatalog catalog) {
        super(catalog);
    }

    @Override
    boolean answers(SearchQuestion question, String first) {
        if (!SPECIFICALLY.matcher(question.folded()).find()) {
            return true;
        }
        return ListAnswerJudge.kindAsked(question.folded()).filter(SpecificListJudge::concrete)
                .map(kind -> ListAnswerJudge.answers(question, QUOTED.matcher(first).replaceAll(""))).orElse(true);
    }

    /**
     * Whether a kind names things listed by name: not empty, not one that names no thing, not a stated kind, not an
     * area of work (方面, 领域), not a place.
     */
    static boolean concrete(String kind) {
        return !kind.isEmpty() && !ListAnswerJudge.namesNoThing(kind) && !ListAnswerJudge.stated(kind)
                && !ListAnswerJudge.area(kind) && PLACES.stream().noneMatch(kind::endsWith);
    }
}
