package dev.studybot.daily;

import dev.studybot.chat.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ends each excerpt with one question to think about, drawn from the excerpt itself where it can: its topic
 * when it opens with a lead sentence ("（二）全面发展协商民主。", "——必须坚持人民至上。"), a term it quotes
 * (“一国两制”), else what kind of text it is (requirements, achievements, risks). The choice among fitting
 * questions is fixed by the excerpt, so the same excerpt always gets the same question.
 */
public final class QuestionMaker {

    /** A short first sentence that names the excerpt's topic. */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:——|[（(][一二三四五六七八九十]+[）)])(?:必须)?(.{4,24}?)[。！]");
    private static final Pattern QUOTED = Pattern.compile("“([^“”，。、；：！？]{2,12})”");
    private static final Pattern REQUIREMENT = Pattern.compile("必须|坚持|要|加快|推进|健全|完善");
    private static final Pattern ACHIEVEMENT = Pattern.compile("成就|取得|实现了|历史性|显著|明显提高");
    private static final Pattern CHALLENGE = Pattern.compile("风险|挑战|矛盾|困难|问题");

    /** The question for an excerpt, in the messages' language. */
    public String question(Excerpt excerpt, Messages messages) {
        String text = excerpt.text();
        List<String> specific = new ArrayList<>();
        Matcher lead = LEAD.matcher(excerpt.paragraphs().get(0));
        if (lead.find() && lead.group(1).codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '、')) {
            specific.add(messages.get("daily.question.topic", lead.group(1)));
        }
        Matcher quoted = QUOTED.matcher(text);
        if (quoted.find()) {
            specific.add(messages.get("daily.question.term", quoted.group(1)));
        }
        int seed = Math.floorMod((excerpt.docId() + "#" + excerpt.part()).hashCode(), 1 << 16);
        if (!specific.isEmpty()) {
            return specific.get(seed % specific.size());
        }
        List<String> general = new ArrayList<>();
        if (ACHIEVEMENT.matcher(text).find()) {
            general.add(messages.get("daily.question.achievement"));
        }
        if (CHALLENGE.matcher(text).find()) {
            general.add(messages.get("daily.question.challenge"));
        }
        if (REQUIREMENT.matcher(text).find()) {
            general.add(messages.get("daily.question.requirement"));
        }
        general.add(messages.get("daily.question.keySentence"));
        general.add(messages.get("daily.question.apply"));
        return general.get(seed % general.size());
    }
}
