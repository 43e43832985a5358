package dev.studybot.quiz;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stem of a fact question about a key term that follows a cue such as 是, 为, 提出, 坚持 in its clause and ends
 * it (or nearly): 我国发展的总体目标是【…】 becomes 我国发展的总体目标是什么？, 实施【科教兴国】战略 becomes
 * 实施什么战略？ When the clause alone says too little, the clause before it (or after it) gives the context.
 */
final class FactStem {

    private static final String CLAUSE_ENDS = "，；：。！？";
    /** Cue words after which a term states a fact. */
    private static final List<String> CUES = List.of("提出", "坚持", "实施", "推进", "弘扬", "构建", "实现", "推动",
            "完善", "健全", "确立", "树立", "贯彻", "落实", "作为", "成为", "达到", "增长", "突破", "超过", "加强",
            "深化", "维护", "保持", "建成", "形成", "建设", "打造", "增强", "促进", "发扬", "是", "为", "要");
    /** Cues only a number or date may follow (到二〇三五年). */
    private static final List<String> NUMBER_CUES = List.of("到", "在", "于", "达", "近", "约", "共", "超");
    /** Longest tail after the term that still reads as part of the asked thing (…战略, …问题). */
    private static final int MAX_TAIL = 4;
    /** Longest text borrowed as context. */
    private static final int MAX_CONTEXT = 60;
    /** Most characters between the cue and the term: none, a modifier left in the stem reads badly. */
    private static final int MAX_GAP = 0;
    /** Clause openings that do not say who or what. */
    private static final Set<String> SUBJECTLESS = Set.of("我们", "必须", "要", "坚持", "我们要", "我们必须", "全党");

    private final Segment segment = HanLP.newSegment().enableCustomDictionary(true);

    /** The stem for the term, ending in ？, or empty when the sentence does not ask for it naturally. */
    Optional<String> of(AnalyzedSentence s, KeyTerm term) {
        String text = s.text();
        int clauseStart = term.start();
        while (clauseStart > 0 && CLAUSE_ENDS.indexOf(text.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        int clauseEnd = term.end();
        while (clauseEnd < text.length() && CLAUSE_ENDS.indexOf(text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        String before = text.substring(clauseStart, term.start());
        String after = text.substring(term.end(), clauseEnd);
        if (before.endsWith("“") && after.startsWith("”")) {
            before = before.substring(0, before.length() - 1);
            after = after.substring(1);
        }
        if (after.length() > MAX_TAIL || !after.isEmpty() && (!Words.allHan(after) || "的和与及或等".indexOf(after.charAt(0)) >= 0)) {
            return Optional.empty();
        }
        int cueEnd = cueEnd(before, term.kind() == TermKind.NUMBER);
        if (cueEnd < 0) {
            return Optional.empty();
        }
        String asked = clean(before.substring(0, cueEnd)) + before.substring(cueEnd) + questionWord(term, after) + after;
        int cueStart = cueEnd - cueWord(before, cueEnd).length();
        String subject = clean(before.substring(0, cueStart));
        if (Words.length(subject) >= 2 && !SUBJECTLESS.contains(subject)) {
            return Optional.of(asked + "？");
        }
        // The clause starts with its verb: the sentence before it says who or what (我们…，保持什么耐心？).
        String context = clean(text.substring(0, clauseStart));
        if (clauseStart > 0 && context.length() >= 4 && context.length() <= MAX_CONTEXT) {
            return Optional.of(context + asked + "？");
        }
        if (clauseStart == 0 && clauseEnd < text.length() - 1) {
            int nextEnd = clauseEnd + 1;
            while (nextEnd < text.length() && CLAUSE_ENDS.indexOf(text.charAt(nextEnd)) < 0) {
                nextEnd++;
            }
            String next = text.substring(clauseEnd + 1, nextEnd);
            return next.length() >= 4 && next.length() <= MAX_CONTEXT && Words.allHan(next)
                    ? Optional.of(asked + "，" + next + "？") : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Where the cue word nearest the term ends in {@code before}, or -1: a whole HanLP word among the cues, with
     * at most {@value #MAX_GAP} characters between it and the term.
     */
    private int cueEnd(String before, boolean number) {
        List<Term> words;
        synchronized (segment) {
            words = segment.seg(before);
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            Term word = words.get(i);
            int end = word.offset + word.word.length();
            if (before.length() - end > MAX_GAP || !Words.allHan(word.word)) {
                return -1;
            }
            boolean cue = CUES.contains(word.word) || number && NUMBER_CUES.contains(word.word);
            // 以…为… is a frame, not a fact (以国家战略需求为导向).
            boolean frame = word.word.equals("为") && words.stream().limit(i).anyMatch(w -> w.word.equals("以"));
            if (cue && !frame) {
                return end;
            }
        }
        return -1;
    }

    private static String cueWord(String before, int cueEnd) {
        for (String cue : CUES) {
            if (before.startsWith(cue, cueEnd - cue.length())) {
                return cue;
            }
        }
        return NUMBER_CUES.stream().filter(c -> before.startsWith(c, cueEnd - c.length())).findFirst().orElse("");
    }

    /** What stands in for the term: 谁, 哪一年, 多少周年, 百分之多少, 什么. */
    private static String questionWord(KeyTerm term, String after) {
        return switch (term.kind()) {
            case PERSON -> "谁";
            case NUMBER -> switch (term.group()) {
                case "年" -> "哪一年";
                case "百分之" -> "百分之多少";
                default -> "多少" + term.group();
            };
            case PLACE -> after.isEmpty() ? "哪里" : "哪个地方的";
            default -> "什么";
        };
    }

    /** The text without leading dashes, ellipses, list numbers or spaces. */
    private static String clean(String text) {
        return text.replaceFirst("^[\\s—…·]+", "").replaceFirst("^[（(][一二三四五六七八九十]+[）)]", "")
                .replaceFirst("^[一二三四五六七八九十]+、", "");
    }

}
