package dev.studybot.quiz;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the key facts of a document's sentences, and for each the wrong options of its kind: dates, ordinals, counts
 * and sessions ({@link NumberFacts}), places of a known province, terms of a known category, quoted slogans, the
 * genre of a document named in 《》, the report's parallel terms, enumerations with exact item boundaries, and two
 * terms of one kind said of different things in parallel clauses (a swap). A fact is left out when any reader
 * knows it without reading: what the document says three times or more (四川, 成都大运会), an answer naming the
 * report's own place (四川篇, “天府粮仓” in a Sichuan report), a member after the verb it always follows (做到“两个
 * 维护”). Facts come ordered by how much they are worth asking, the most first.
 */
final class FactFinder {

    private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,16})”");
    private static final Pattern TITLE = Pattern.compile("《([^《》]{4,80})》");
    private static final Pattern SPEAKER = Pattern.compile("^((?:会议|全会|大会)(?:指出|强调|要求|认为|提出))，");
    private static final String NUMERAL_CHARS = "一二两三四五六七八九十";
    /** A term said this often is the document's setting (四川, 全省, 成都大运会), not a fact to test. */
    private static final int SETTING = 3;
    /** Length from which a term is distinctive enough that the document using it elsewhere matters. */
    static final int DISTINCTIVE = 4;
    /** Siblings of each term of a swap kept for its wrong pairs. */
    static final int SWAP_SIBLINGS = 2;
    /** Most wrong options kept per fact. */
    private static final int MAX_WRONG = 6;
    /** Characters of a clause's opening that, repeated in many clauses, make it the document's boilerplate. */
    private static final int FRAME = 8;
    /** Separators of a list of word-list members (广元、德阳; 丰富内涵、核心要义和实践要求). */
    private static final List<String> JOINERS = List.of("、", "和", "与");

    private final TermExtractor extractor;
    private final EnumerationFinder enumerations;
    private final NumberFacts numbers = new NumberFacts();
    private final Lexicon lexicon;
    private final WordSense senses;

    FactFinder(TermExtractor extractor, Lexicon lexicon, WordSense senses) {
        this.extractor = extractor;
        this.enumerations = new EnumerationFinder(extractor);
        this.lexicon = lexicon;
        this.senses = senses;
    }

    /** A sentence to analyse: where it is and who says it. */
    record Raw(int paragraph, String text, String speaker) {
    }

    /**
     * A sentence's facts, best first, and what a stem cut from it needs: who it opens with, which clauses open
     * without a subject, which open with a person.
     *
     * @param facts       the facts
     * @param subject     the person or role the sentence opens with (总书记), else empty
     * @param subjectless the offsets of the clauses that open without who or what they are about
     * @param persons     the offsets of the clauses that open with a person or a role, and who
     */
    record Found(List<Fact> facts, String subject, Set<Integer> subjectless, Map<Integer, String> persons) {
    }

    /** The facts of each sentence of one document, in order; each sentence's facts best first. */
    List<Found> find(List<Raw> sentences, String documentText) {
        List<List<Term>> words = new ArrayList<>();
        ParallelFrames frames = new ParallelFrames();
        Map<String, Integer> openings = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<Term> w = extractor.words(sentences.get(i).text());
            words.add(w);
            frames.add(i, w);
            Clauses clauses = Clauses.of(sentences.get(i).text());
            for (int c = 0; c < clauses.size(); c++) {
                openings.merge(frame(clauses.text(c)), 1, Integer::sum);
            }
        }
        List<List<Fact>> facts = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            facts.add(new ArrayList<>());
        }
        List<String> formulations = formulations(documentText);
        Map<String, Integer> said = new HashMap<>();
        lexicon.find(documentText).forEach(m -> said.merge(m.word(), 1, Integer::sum));
        List<String> setting = setting(documentText);
        for (ParallelFrames.Member member : frames.members()) {
            ParallelFrames.Slot slot = member.slot();
            facts.get(slot.sentence()).add(new Fact("parallel:" + slot.text(), FactKind.PARALLEL, slot.start(),
                    slot.end(), member.siblings(), "", null));
        }
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            if (lexicon.sensitiveTopic(text)) {
                facts.set(i, List.of());
                continue;
            }
            SentenceText s = new SentenceText(text, words.get(i), documentText, formulations, said);
            List<Fact> found = facts.get(i);
            numbers.find(s, found);
            quoted(s, found);
            titles(s, found);
            enumerationFacts(s, found);
            lexiconTerms(s, found);
            swaps(s, found);
            List<Fact> kept = new ArrayList<>(withoutOverlaps(found).stream()
                    .filter(f -> !namesSetting(f, text, setting)).map(f -> plausible(f, setting))
                    .filter(f -> !f.wrong().isEmpty()).toList());
            facts.set(i, ranked(kept, text, openings));
        }
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            List<Term> w = words.get(i);
            out.add(facts.get(i).isEmpty() ? new Found(List.of(), "", Set.of(), Map.of())
                    : new Found(facts.get(i), subject(text, w), subjectless(text, w), persons(text, w)));
        }
        return out;
    }

    /** The opening of a clause, as far as a repeated frame goes (要深刻领会把握总书记关于). */
    private static String frame(String clause) {
        return clause.substring(0, Math.min(FRAME, clause.length()));
    }

    /**
     * The facts best first, a term said twice in the sentence asked where it is not in boilerplate (坚持把【成渝地区
     * 双城经济圈】建设作为总牵引 rather than 关于推动【…】建设的重要要求).
     */
    private static List<Fact> ranked(List<Fact> facts, String text, Map<String, Integer> openings) {
        Clauses clauses = Clauses.of(text);
        Map<Fact, Integer> worth = new HashMap<>();
        for (Fact f : facts) {
            boolean boilerplate = f.kind() != FactKind.PARALLEL
                    && openings.getOrDefault(frame(clauses.text(clauses.at(f.start()))), 0) >= SETTING;
            worth.put(f, worth(f, text) - (boilerplate ? 2 : 0));
        }
        Map<String, Fact> byKey = new java.util.LinkedHashMap<>();
        for (Fact f : facts) {
            byKey.merge(f.key(), f, (a, b) -> worth.get(b) >= worth.get(a) ? b : a);
        }
        List<Fact> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparingInt((Fact f) -> -worth.get(f)).thenComparingInt(Fact::start));
        return out;
    }

    /** How much a fact is worth asking: a swap or a whole list over a single term, a distinctive term over a short. */
    private static int worth(Fact f, String text) {
        return switch (f.kind()) {
            case SWAP -> 5;
            case ENUMERATION, PARALLEL, QUOTED -> 4;
            case TERM -> f.end() - f.start() >= 3 ? 3 : 2;
            case DATE -> 3;
            case NUMBER -> f.answer(text).startsWith("第") || f.answer(text).contains("届") ? 3 : 2;
            case PLACE, DOCUMENT -> 2;
        };
    }

    /** The names of the document's own place, when it has one it says three times or more (四川, 川, 巴蜀, 天府). */
    private List<String> setting(String document) {
        String best = null;
        int most = SETTING - 1;
        for (Map.Entry<String, List<String>> place : lexicon.aliases().entrySet()) {
            int n = QuestionGenerator.occurrences(document, place.getKey());
            if (n > most) {
                most = n;
                best = place.getKey();
            }
        }
        if (best == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(List.of(best));
        lexicon.aliases().get(best).stream().filter(a -> a.length() >= 2).forEach(names::add);
        return names;
    }

    /**
     * The fact with only wrong options a member could take for the report's: none true in general of the report's
     * place (冰雹, 经济大省, 改革开放新高地 in a Sichuan report) and none naming another province or region (海南自由贸易港
     * beside 成渝地区双城经济圈: absurd at a glance).
     */
    private Fact plausible(Fact f, List<String> setting) {
        if (setting.isEmpty() || f.kind() == FactKind.PARALLEL || f.kind() == FactKind.NUMBER
                || f.kind() == FactKind.DATE) {
            return f;
        }
        List<String> wrong = f.wrong().stream().filter(c -> !lexicon.trueOf(c, setting.get(0))
                && !lexicon.namesAnotherPlace(c, setting)).toList();
        return wrong.size() == f.wrong().size() ? f
                : new Fact(f.key(), f.kind(), f.start(), f.end(), wrong, f.question(), f.enumeration(), f.partner());
    }

    /**
     * Whether a member is one half of a paired slogan, the other half right beside it in its clause (树牢【底线思维】、
     * 增强忧患意识): a stem keeping the other half asks a fixed pair, which any member completes without the report.
     */
    private boolean pairedSlogan(String text, Lexicon.Match m) {
        String before = text.substring(clauseStart(text, m.start()), m.start());
        String after = text.substring(m.end(), clauseEnd(text, m.end()));
        return lexicon.find(after).stream().anyMatch(o -> o.start() >= 2 && o.start() <= 4
                && after.charAt(0) == '、' && Words.allHan(after.substring(1, o.start())))
                || lexicon.find(before).stream().anyMatch(o -> before.length() - o.end() >= 2
                && before.length() - o.end() <= 4 && before.charAt(o.end()) == '、'
                && Words.allHan(before.substring(o.end() + 1)));
    }

    /**
     * Whether a term is what the sentence's requirement is about, said in its heading clause and again (关于推动【成渝
     * 地区双城经济圈】建设的重要要求，坚持把【…】作为总牵引): every other question on the sentence shows it.
     */
    private static boolean topicOfTheRequirement(String text, String word) {
        int heading = clauseEnd(text, 0);
        String first = text.substring(0, heading);
        if (first.startsWith("会议")) {
            first = text.substring(Math.min(text.length(), heading + 1), clauseEnd(text, Math.min(text.length(),
                    heading + 1)));
        }
        return first.contains("关于") && first.endsWith("的重要要求") && first.contains(word)
                && QuestionGenerator.occurrences(text, word) >= 2;
    }

    /** Whether the fact's answer names the document's own place: every reader knows it (四川篇, 天府粮仓). */
    private static boolean namesSetting(Fact f, String text, List<String> setting) {
        List<String> answers = f.isEnumeration() ? f.enumeration().items() : List.of(f.answer(text));
        return answers.stream().anyMatch(a -> setting.stream().anyMatch(a::contains));
    }

    /** Who the sentence opens with (习近平总书记, 总书记), after its speaker, when it is a person or a role. */
    String subject(String sentence) {
        return subject(sentence, extractor.words(sentence));
    }

    private static String subject(String sentence, List<Term> words) {
        Matcher speaker = SPEAKER.matcher(sentence);
        int from = speaker.find() ? speaker.end() : 0;
        StringBuilder subject = new StringBuilder();
        for (Term w : words) {
            if (w.offset < from + subject.length()) {
                continue;
            }
            String nature = w.nature == null ? "" : w.nature.toString();
            if (w.offset == from + subject.length() && (nature.startsWith("nr") || nature.equals("nnt"))) {
                subject.append(w.word);
            } else {
                break;
            }
        }
        return subject.toString();
    }

    /**
     * The offsets of the clauses that do not open with who or what they are about: not with a person, a pronoun, an
     * organisation, a place or a time (HanLP tags verbs such as 锚定 and 树牢 as nouns, so a noun is no subject).
     */
    Set<Integer> subjectless(String sentence) {
        return subjectless(sentence, extractor.words(sentence));
    }

    private static Set<Integer> subjectless(String sentence, List<Term> words) {
        Set<Integer> out = new HashSet<>();
        for (Clauses.Clause c : Clauses.of(sentence).all()) {
            words.stream().filter(w -> w.offset == c.start()).findFirst().ifPresent(w -> {
                if (!subjectLike(w)) {
                    out.add(c.start());
                }
            });
        }
        return out;
    }

    private static boolean subjectLike(Term w) {
        String nature = w.nature == null ? "" : w.nature.toString();
        return nature.startsWith("nr") || nature.equals("nnt") || nature.startsWith("r") || nature.startsWith("nt")
                || nature.equals("nis") || nature.startsWith("ns") || nature.equals("t");
    }

    /** The clauses that open with a person or a role (总书记分别与…), by offset, and who. */
    Map<Integer, String> persons(String sentence) {
        return persons(sentence, extractor.words(sentence));
    }

    private static Map<Integer, String> persons(String sentence, List<Term> words) {
        Map<Integer, String> out = new HashMap<>();
        for (Clauses.Clause c : Clauses.of(sentence).all()) {
            StringBuilder who = new StringBuilder();
            for (Term w : words) {
                String nature = w.nature == null ? "" : w.nature.toString();
                if (w.offset == c.start() + who.length() && (nature.startsWith("nr") || nature.equals("nnt"))) {
                    who.append(w.word);
                }
            }
            if (!who.isEmpty()) {
                out.put(c.start(), who.toString());
            }
        }
        return out;
    }

    /** The speaker a paragraph opens with (会议指出), or empty. */
    static String speaker(String paragraph) {
        Matcher m = SPEAKER.matcher(paragraph);
        return m.find() ? m.group(1) : "";
    }

    /** Whether the verb a member always follows stands right before it (坚决做到“两个维护”): then it is given away. */
    private boolean afterItsVerb(String text, String member, int start) {
        Optional<String> verb = lexicon.verb(member);
        return verb.isPresent() && text.substring(Math.max(0, start - verb.get().length() - 2), start)
                .replace("“", "").endsWith(verb.get());
    }

    /** Whether a candidate fits where the member stands: one with a verb of its own needs that verb before it. */
    private boolean fitsVerb(String text, String candidate, int start) {
        return lexicon.verb(candidate).isEmpty() || afterItsVerb(text, candidate, start);
    }

    private void quoted(SentenceText s, List<Fact> out) {
        Matcher quoted = QUOTED.matcher(s.text());
        while (quoted.find()) {
            String term = quoted.group(1);
            if (s.inDocument("“" + term + "”") >= SETTING || afterItsVerb(s.text(), term, quoted.start(1))
                    || lexicon.unasked(term)) {
                continue;
            }
            List<String> wrong = new ArrayList<>();
            if (lexicon.contains(term)) {
                wrong.addAll(lexicon.siblings(term));
            } else {
                for (Lexicon.Match part : lexicon.find(term)) {
                    for (String sibling : lexicon.siblings(part.word())) {
                        if (s.inDocument(sibling) == 0) {
                            wrong.add(term.substring(0, part.start()) + sibling + term.substring(part.end()));
                        }
                    }
                }
                wrong.addAll(numeralVariants(term));
            }
            int at = quoted.start(1);
            wrong = new ArrayList<>(usable(wrong, term, c -> s.inDocument(c) == 0 && fitsVerb(s.text(), c, at)));
            if (s.formulations().contains(term)) {
                // The document's other numbered formulations, never one the sentence itself quotes.
                for (String sibling : usable(s.formulations(), term, c -> !s.text().contains(c))) {
                    if (!wrong.contains(sibling)) {
                        wrong.add(0, sibling);
                    }
                }
            }
            if (wrong.size() >= 3) {
                out.add(new Fact("quoted:" + term, FactKind.QUOTED, quoted.start(1), quoted.end(1), wrong, "",
                        null));
            }
        }
    }

    /** The numbered formulations a document quotes (“两个确立”, “四个全面”): each other's siblings. */
    private static List<String> formulations(String document) {
        Set<String> found = new LinkedHashSet<>();
        Matcher quoted = QUOTED.matcher(document);
        while (quoted.find()) {
            String term = quoted.group(1);
            if (term.length() == 4 && isNumeral(term, 0) && term.charAt(1) == '个') {
                found.add(term);
            }
        }
        return List.copyOf(found);
    }

    /**
     * 一极一源、两中心两地 → 一极两源、三中心两地, 两极一源、三中心两地, 两极两源、两中心两地: three variants in which each
     * numeral that opens a unit (一极, 一源, 两中心) keeps its value in exactly one variant and moves in the other two. At every place the right numeral and
     * the moved one are then two options each, so neither the commonest numeral of each place (variants moving one
     * numeral each) nor the part every wrong option shares (variants built on one base: 三中心 three times) finds the
     * answer.
     */
    static List<String> numeralVariants(String term) {
        List<String> out = new ArrayList<>();
        // A well-known phrase (一带一路) has no near variants worth offering: only the report's own formulations.
        if (CoreDictionary.contains(term) || CustomDictionary.contains(term)) {
            return out;
        }
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < term.length(); i++) {
            boolean numeral = isNumeral(term, i);
            // A numeral that opens a unit (一极, 两中心), not one inside a word (统一) or a number (十四五).
            boolean opens = i == 0 || !Words.allHan(term.substring(i - 1, i)) || i >= 2 && isNumeral(term, i - 2);
            boolean alone = (i == 0 || !isNumeral(term, i - 1)) && (i + 1 >= term.length() || !isNumeral(term, i + 1));
            if (numeral && opens && alone) {
                at.add(i);
            }
        }
        // Two numerals make a set phrase (一带一路, 五位一体); a report's own formulation has more (一极一源、两中心两地).
        if (at.size() < 3) {
            return out;
        }
        for (int variant = 0; variant < 3; variant++) {
            StringBuilder moved = new StringBuilder(term);
            for (int k = 0; k < at.size(); k++) {
                if (k % 3 != variant) {
                    moveUp(moved, at.get(k));
                }
            }
            out.add(moved.toString());
        }
        return out;
    }

    /** Moves the numeral at {@code i} up by one (一 → 两, 两 → 三), down from 九. */
    private static void moveUp(StringBuilder term, int i) {
        int value = Numerals.parse(String.valueOf(term.charAt(i))).orElse(0);
        int moved = value >= 9 ? value - 1 : value + 1;
        term.replace(i, i + 1, Numerals.write(moved, true));
    }

    private static boolean isNumeral(String term, int i) {
        int at = NUMERAL_CHARS.indexOf(term.charAt(i));
        return at >= 0 && at < 9;
    }

    private void titles(SentenceText s, List<Fact> out) {
        Matcher title = TITLE.matcher(s.text());
        while (title.find()) {
            String name = title.group(1);
            for (Lexicon.Match m : lexicon.find(s.text().substring(0, title.end()))) {
                if (m.end() == title.end(1) && m.start() > title.start(1) + 4
                        && !lexicon.has(m.word(), Lexicon.Flag.ROTE)) {
                    String genre = m.word();
                    List<String> siblings = new ArrayList<>(lexicon.siblings(genre));
                    siblings.sort(Comparator.comparingInt(c -> Math.abs(c.length() - genre.length())));
                    List<String> wrong = usable(siblings, genre, c -> !s.document().contains(
                            s.text().substring(m.start() - 4, m.start()) + c));
                    // 会议审议了《关于…的（ ）》。: the one title, whole, the genre blanked; a title among others says
                    // so (会议审议了两份文件，其中一份是《…（ ）》。), not as if it were the only one.
                    String lead = s.text().substring(clauseStart(s.text(), title.start()), title.start());
                    int leadEnd = lead.indexOf('《');
                    int together = titlesTogether(s.text(), title.start(), title.end());
                    String intro = together > 1 ? Numerals.write(together, true) + "份文件，其中一份是" : "";
                    String question = (leadEnd >= 0 ? lead.substring(0, leadEnd) : lead) + intro + "《"
                            + s.text().substring(title.start(1), m.start()) + QuestionWriter.PAREN + "》。";
                    if (wrong.size() >= 3) {
                        out.add(new Fact("document:" + name, FactKind.DOCUMENT, m.start(), m.end(), wrong,
                                question, null));
                    }
                }
            }
        }
    }

    /**
     * How many titles stand together with the one at {@code start}…{@code end}: side by side or joined by 、, 和, 及
     * or 与 (《总体安排》《意见》 are two).
     */
    static int titlesTogether(String text, int start, int end) {
        List<int[]> spans = new ArrayList<>();
        Matcher title = TITLE.matcher(text);
        while (title.find()) {
            spans.add(new int[] {title.start(), title.end()});
        }
        int at = 0;
        while (at < spans.size() && spans.get(at)[0] != start) {
            at++;
        }
        if (at == spans.size()) {
            return 1;
        }
        int first = at;
        while (first > 0 && joined(text, spans.get(first - 1)[1], spans.get(first)[0])) {
            first--;
        }
        int last = at;
        while (last < spans.size() - 1 && joined(text, spans.get(last)[1], spans.get(last + 1)[0])) {
            last++;
        }
        return last - first + 1;
    }

    private static boolean joined(String text, int end, int nextStart) {
        return List.of("", "、", "和", "及", "与", "以及").contains(text.substring(end, nextStart));
    }

    private void enumerationFacts(SentenceText s, List<Fact> out) {
        List<Enumeration> found = new ArrayList<>(enumerations.find(s.text()));
        List<Enumeration> whole = List.copyOf(found);
        // A run of category members inside a longer list is not the list (洪涝、干旱 in 洪涝、干旱、地质灾害、地震).
        lexiconLists(s).stream().filter(l -> whole.stream().noneMatch(e -> e.start() <= l.start() && l.end() <= e.end()))
                .forEach(found::add);
        Set<String> seen = new HashSet<>();
        for (Enumeration e : found) {
            if (!seen.add(String.join("、", e.items()))
                    || e.items().stream().anyMatch(i -> s.said(i) >= SETTING && lexicon.has(i, Lexicon.Flag.NAME))
                    || e.items().stream().anyMatch(lexicon::unasked)) {
                continue;
            }
            List<String> wrong = wrongItems(e, s);
            if (wrong.size() >= 2 || wrong.size() == 1 && e.items().size() >= 3) {
                out.add(new Fact("list:" + String.join("、", e.items()), FactKind.ENUMERATION, e.start(), e.end(),
                        wrong, "", e));
            }
        }
    }

    /**
     * Members of one category listed with 、, 和 or 与 (广元、德阳; 丰富内涵、核心要义和实践要求), or names side by side
     * (长江黄河).
     */
    private List<Enumeration> lexiconLists(SentenceText s) {
        List<Enumeration> out = new ArrayList<>();
        List<Lexicon.Match> matches = lexicon.find(s.text());
        for (int i = 0; i < matches.size(); i++) {
            List<Lexicon.Match> run = new ArrayList<>(List.of(matches.get(i)));
            String category = lexicon.category(matches.get(i).word()).orElse("");
            boolean names = lexicon.has(matches.get(i).word(), Lexicon.Flag.NAME);
            int j = i + 1;
            while (j < matches.size() && lexicon.category(matches.get(j).word()).orElse("").equals(category)
                    && joined(s.text(), run.get(run.size() - 1).end(), matches.get(j).start(), names)) {
                run.add(matches.get(j++));
            }
            if (run.size() >= 2) {
                out.add(new Enumeration(run.stream().map(Lexicon.Match::word).toList(), run.get(0).start(),
                        run.get(run.size() - 1).end()));
                i = j - 1;
            }
        }
        return out;
    }

    /** Whether two members are joined as items of one list: by 、 和 与, or, for names, side by side. */
    private static boolean joined(String text, int end, int start, boolean names) {
        String between = text.substring(end, Math.max(end, start));
        return start >= end && (JOINERS.contains(between) || names && between.isEmpty());
    }

    /**
     * Wrong items of an enumeration: other members of the category most of its items belong to, never a kind too
     * close to any item (滑坡 beside 泥石流 could be meant by 等) and never one the document uses. Items the document
     * spells out are never crossed into made-up ones.
     */
    private List<String> wrongItems(Enumeration e, SentenceText s) {
        List<String> items = e.items();
        for (String item : items) {
            Optional<String> category = lexicon.category(item);
            long members = items.stream().filter(i -> category.isPresent()
                    && lexicon.category(i).equals(category)).count();
            if (category.isPresent() && members * 2 >= items.size()) {
                List<String> siblings = new ArrayList<>(lexicon.siblings(item));
                items.forEach(i -> siblings.removeAll(lexicon.close(i)));
                siblings.removeIf(c -> items.stream().anyMatch(i -> senses.of(c).synonym(senses.of(i))));
                return alike(items, usable(siblings, item, c -> s.inDocument(c) == 0
                        && !NearMeaning.restates(c, s.text(), items)));
            }
        }
        return List.of();
    }

    /**
     * Wrong items built like the list's first: where every item joins two things with 和 (经济承载和辐射带动功能), single
     * members (全球资源配置功能, 科技创新策源功能) stand out as wrong by their form in a blank, so two of them with the
     * same ending are joined the same way (全球资源配置和科技创新策源功能); the single members follow, for a multiple
     * choice, where pairs joined into one would be the two longest options and tell themselves wrong.
     */
    static List<String> alike(List<String> items, List<String> wrong) {
        if (!items.stream().allMatch(i -> i.contains("和"))) {
            return wrong;
        }
        List<String> out = new ArrayList<>(wrong.stream().filter(w -> w.contains("和")).toList());
        List<String> singles = new ArrayList<>(wrong.stream().filter(w -> !w.contains("和")).toList());
        while (singles.size() >= 2) {
            String a = singles.remove(0);
            String b = singles.remove(0);
            int shared = 0;
            while (shared < Math.min(a.length(), b.length()) - 1
                    && a.charAt(a.length() - 1 - shared) == b.charAt(b.length() - 1 - shared)) {
                shared++;
            }
            if (shared >= 2) {
                out.add(a.substring(0, a.length() - shared) + "和" + b);
            }
        }
        out.addAll(wrong.stream().filter(w -> !w.contains("和")).toList());
        return List.copyOf(out);
    }

    private void lexiconTerms(SentenceText s, List<Fact> out) {
        for (Lexicon.Match m : lexicon.find(s.text())) {
            String word = m.word();
            boolean listed = out.stream().anyMatch(f -> f.isEnumeration() && f.start() <= m.start()
                    && m.end() <= f.end());
            if (s.quotedOrTitled(m.start(), m.end()) || !wholeWords(s, m) || listed
                    || afterItsVerb(s.text(), word, m.start()) || lexicon.unasked(word)
                    || pairedSlogan(s.text(), m)) {
                continue;
            }
            String category = lexicon.category(word).orElse("");
            if (category.equals("省级行政区") || category.equals("省会城市") || category.equals("地域别称")) {
                continue; // provinces and capitals are a report's setting; they serve in terms (四川篇 → 重庆篇)
            }
            if (topicOfTheRequirement(s.text(), word)) {
                continue; // 关于推动成渝地区双城经济圈建设的重要要求，坚持把【…】作为总牵引: the heading says it
            }
            boolean place = lexicon.has(word, Lexicon.Flag.PLACE);
            if (place && m.end() - m.start() <= 2 && !s.place(m.start()) || s.said(word) >= SETTING) {
                continue; // 安康 in 人民幸福安康 is no city; what the document says three times every reader knows
            }
            // Never a place or a distinctive term the document uses elsewhere: 加快建设人才强国 said in another place
            // would also be right. Short common words (国际, 东部) only stay out of the sentence.
            boolean nested = lexicon.has(word, Lexicon.Flag.NESTED);
            boolean tasks = lexicon.has(word, Lexicon.Flag.TASKS);
            List<String> candidates = lexicon.siblings(word).stream()
                    .filter(c -> fitsVerb(s.text(), c, m.start())).toList();
            // Nested variants (山水林田湖 ⊂ 山水林田湖草 ⊂ 山水林田湖草沙 ⊂ …沙冰) are each official somewhere: asked as a
            // choice among them, which shows the report's wording against the others, never as a false statement.
            List<String> wrong = nested ? candidates.stream().filter(c -> !c.equals(word)).toList()
                    : usable(candidates, word, c -> (tasks ? !s.text().contains(c)
                    : place || c.length() >= DISTINCTIVE ? s.inDocument(c) == 0
                    : !s.text().contains(c)) && !NearMeaning.restates(c, s.text(), List.of(word)));
            if (wrong.size() >= 3 || !nested && !wrong.isEmpty() && lexicon.siblings(word).size() < 3) {
                out.add(new Fact((place ? "place:" : "term:") + word, place ? FactKind.PLACE : FactKind.TERM,
                        m.start(), m.end(), wrong, "", null));
            }
        }
    }

    /**
     * Two members of one category said of different things in parallel clauses (在翠云廊对保护自然遗产…，在三星堆对
     * 坚定文化自信…): a statement with the two traded tests which goes with which.
     */
    private void swaps(SentenceText s, List<Fact> out) {
        Clauses clauses = Clauses.of(s.text());
        List<Lexicon.Match> matches = lexicon.find(s.text());
        for (int i = 0; i < matches.size(); i++) {
            for (int j = i + 1; j < matches.size(); j++) {
                Lexicon.Match a = matches.get(i);
                Lexicon.Match b = matches.get(j);
                int ca = clauses.at(a.start());
                boolean places = lexicon.has(a.word(), Lexicon.Flag.PLACE) && lexicon.has(b.word(), Lexicon.Flag.PLACE);
                boolean sameKind = (places || lexicon.category(a.word()).equals(lexicon.category(b.word())))
                        && !a.word().equals(b.word());
                if (sameKind && clauses.at(b.start()) == ca + 1 && clauses.parallel(ca)
                        && !lexicon.unasked(a.word())
                        && s.said(a.word()) < SETTING && s.said(b.word()) < SETTING) {
                    List<String> wrong = new ArrayList<>(List.of(b.word()));
                    wrong.addAll(unsaid(s, lexicon.siblings(a.word()), b.word()));
                    wrong.addAll(unsaid(s, lexicon.siblings(b.word()), a.word()));
                    out.add(new Fact("swap:" + a.word() + "|" + b.word(), FactKind.SWAP, a.start(), a.end(),
                            wrong, "", null, new Fact.Span(b.start(), b.end())));
                }
            }
        }
    }

    /**
     * The first {@value #SWAP_SIBLINGS} siblings the sentence does not say, for a swap's wrong pairs (翠云廊；金沙遗址),
     * {@code other} (the partner, which may share the category) left out.
     */
    private static List<String> unsaid(SentenceText s, List<String> siblings, String other) {
        List<String> out = siblings.stream().filter(w -> !w.equals(other) && !s.text().contains(w))
                .limit(SWAP_SIBLINGS).toList();
        return out.size() == SWAP_SIBLINGS ? out : List.of();
    }

    /**
     * Whether a member found in the text is a word of it, not part of one: a short member must start and end
     * where HanLP's words do; a long one (新型城镇化, which HanLP cuts as 新型/城镇/化作) is taken as it is.
     */
    private static boolean wholeWords(SentenceText s, Lexicon.Match m) {
        int length = m.end() - m.start();
        boolean start = s.wordStart(m.start());
        boolean end = s.wordEnd(m.end());
        return length >= 4 || start && end || length == 3 && (start || end);
    }

    /**
     * The candidates that can be wrong options for {@code answer}: not sensitive, not a synonym, neither containing
     * nor contained in it, not of a very different length, and passing {@code fits}; at most {@value #MAX_WRONG}.
     */
    private List<String> usable(List<String> candidates, String answer, Predicate<String> fits) {
        Set<String> out = new LinkedHashSet<>();
        WordSense.Sense sense = senses.of(answer);
        for (String c : candidates) {
            if (out.size() == MAX_WRONG) {
                break;
            }
            if (c.equals(answer) || c.contains(answer) || answer.contains(c) || lexicon.sensitive(c)
                    || Math.abs(c.length() - answer.length()) > Math.max(2, answer.length() / 2)
                    || senses.of(c).synonym(sense) || NearMeaning.synonymSwap(c, answer, senses)
                    || lexicon.close(answer).contains(c) || !fits.test(c)) {
                continue;
            }
            out.add(c);
        }
        return List.copyOf(out);
    }

    /** The facts, none overlapping another: the earlier-found (more specific) one wins; lists and swaps stand apart. */
    private static List<Fact> withoutOverlaps(List<Fact> facts) {
        List<Fact> kept = new ArrayList<>();
        for (Fact f : facts) {
            boolean overlaps = kept.stream().anyMatch(k -> f.start() < k.end() && k.start() < f.end()
                    && apart(k) == apart(f));
            if (!overlaps) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Fact::start));
        return kept;
    }

    private static boolean apart(Fact f) {
        return f.isEnumeration() || f.kind() == FactKind.SWAP;
    }

    static int clauseStart(String text, int offset) {
        int i = offset;
        while (i > 0 && "，；：。！？".indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    static int clauseEnd(String text, int offset) {
        int i = offset;
        while (i < text.length() && "，；：。！？".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
