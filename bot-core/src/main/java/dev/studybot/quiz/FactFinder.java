package dev.studybot.quiz;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the key facts of a document's sentences, and for each the wrong options of its kind: people with their
 * role, dates, ordinals, counts and sessions, places of a known province, terms of a known category, quoted
 * slogans, the genre of a document named in 《》, the report's parallel terms, and enumerations with exact item
 * boundaries. What the document says three times or more (四川 in a Sichuan report) is its setting, not a fact.
 */
final class FactFinder {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})月(\\d{1,2})日(上午|下午|晚上)?");
    private static final Pattern ORDINAL = Pattern.compile("第([一二三四五六七八九十]{1,3})(次|批|轮|届)");
    private static final Pattern SESSION =
            Pattern.compile("([一二三四五六七八九十]{1,3})届([一二三四五六七八九十]{1,3})次(?=全会|会议|全体会议)");
    private static final Pattern CONGRESS = Pattern.compile("(?<=党的)([一二三四五六七八九十]{1,3})大(?!以来)");
    private static final Pattern SPAN = Pattern.compile("([一两三四五六七八九十])(年多|个多月)");
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)"
            + "(%|个百分点|万亿元|亿元|万元|万人|亿人|万户|万吨|亿吨|万亩|亿亩|万公里|万千瓦|亿千瓦|倍)");
    /** A Chinese number with a unit that makes it a fact (十八亿亩, 一百周年 is no: 一百 is not read). */
    private static final Pattern COUNTED = Pattern.compile(
            "([一二两三四五六七八九十]{1,3})(亿亩|万亩|亿吨|万吨|亿人|万人|万亿元|亿元|周年|个百分点)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})年");
    private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,16})”");
    private static final Pattern TITLE = Pattern.compile("《([^《》]{4,80})》");
    private static final Pattern SPEAKER = Pattern.compile("^((?:会议|全会|大会)(?:指出|强调|要求|认为|提出))，");
    private static final String NUMERAL_CHARS = "一二两三四五六七八九十";
    /** Roles a person is named with when the people list does not know them. */
    private static final List<String> ROLES = List.of("省委书记", "市委书记", "省长", "市长", "书记", "主任");
    /** A term said this often is the document's setting (四川, 全省), not a fact to test. */
    private static final int SETTING = 3;
    /** Length from which a term is distinctive enough that the document using it elsewhere matters. */
    static final int DISTINCTIVE = 4;
    /** Most wrong options kept per fact. */
    private static final int MAX_WRONG = 6;

    private final TermExtractor extractor;
    private final EnumerationFinder enumerations;
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

    /** The facts of each sentence of one document, in order. */
    List<List<Fact>> find(List<Raw> sentences, String documentText) {
        List<List<Term>> words = new ArrayList<>();
        ParallelFrames frames = new ParallelFrames();
        for (int i = 0; i < sentences.size(); i++) {
            List<Term> w = extractor.words(sentences.get(i).text());
            words.add(w);
            frames.add(i, w);
        }
        List<List<Fact>> facts = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            facts.add(new ArrayList<>());
        }
        List<String> formulations = formulations(documentText);
        for (ParallelFrames.Member member : frames.members()) {
            ParallelFrames.Slot slot = member.slot();
            facts.get(slot.sentence()).add(new Fact("parallel:" + slot.text(), FactKind.PARALLEL, slot.start(),
                    slot.end(), member.siblings(), "", null));
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (lexicon.sensitiveTopic(sentences.get(i).text())) {
                facts.set(i, List.of());
                continue;
            }
            Sentence s = new Sentence(sentences.get(i).text(), words.get(i), documentText, formulations);
            List<Fact> found = facts.get(i);
            people(s, found);
            numbers(s, found);
            quoted(s, found);
            titles(s, found);
            enumerationFacts(s, found);
            lexiconTerms(s, found);
            facts.set(i, withoutOverlaps(found));
        }
        return facts;
    }

    /** Who the sentence opens with (习近平总书记, 总书记), after its speaker, when it is a person or a role. */
    String subject(String sentence) {
        Matcher speaker = SPEAKER.matcher(sentence);
        String rest = speaker.find() ? sentence.substring(speaker.end()) : sentence;
        List<Term> words = extractor.words(rest);
        StringBuilder subject = new StringBuilder();
        for (Term w : words) {
            String nature = w.nature == null ? "" : w.nature.toString();
            if (nature.startsWith("nr") || nature.equals("nnt")) {
                subject.append(w.word);
            } else {
                break;
            }
        }
        return subject.toString();
    }

    /** The speaker a paragraph opens with (会议指出), or empty. */
    static String speaker(String paragraph) {
        Matcher m = SPEAKER.matcher(paragraph);
        return m.find() ? m.group(1) : "";
    }

    /** A sentence with its words and the document around it. */
    private record Sentence(String text, List<Term> words, String document, List<String> formulations) {

        boolean wordStart(int offset) {
            return words.stream().anyMatch(w -> w.offset == offset);
        }

        boolean place(int offset) {
            return words.stream().anyMatch(w -> w.offset == offset && w.nature != null
                    && w.nature.toString().startsWith("ns"));
        }

        boolean wordEnd(int offset) {
            return words.stream().anyMatch(w -> w.offset + w.word.length() == offset);
        }

        int inDocument(String term) {
            return QuestionGenerator.occurrences(document, term);
        }

        boolean quotedOrTitled(int start, int end) {
            return start > 0 && end < text.length() && text.charAt(start - 1) == '“' && text.charAt(end) == '”'
                    || inside(start, '《', '》');
        }

        boolean inside(int offset, char open, char close) {
            int o = text.lastIndexOf(open, offset);
            return o >= 0 && text.lastIndexOf(close, offset - 1) < o && text.indexOf(close, offset) >= 0;
        }
    }

    private void people(Sentence s, List<Fact> out) {
        for (Lexicon.Match m : lexicon.find(s.text())) {
            if (lexicon.isPerson(m.word())) {
                role(s.text(), m.start()).ifPresent(role -> person(s, m.start(), m.end(), role,
                        lexicon.siblings(m.word()), out));
            }
        }
        List<String> roles = new ArrayList<>(lexicon.roles());
        ROLES.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
        for (int i = 0; i + 1 < s.words().size(); i++) {
            Term w = s.words().get(i);
            String nature = w.nature == null ? "" : w.nature.toString();
            if (!nature.startsWith("nr") || lexicon.isPerson(w.word) || lexicon.sensitive(w.word)) {
                continue;
            }
            int end = w.offset + w.word.length();
            Term next = s.words().get(i + 1);
            String nextNature = next.nature == null ? "" : next.nature.toString();
            if (w.word.length() == 2 && next.word.length() == 1 && nextNature.startsWith("n")) {
                end += 1; // 王晓/nr 晖/nz: the recogniser cut the given name
            }
            int start = w.offset;
            int finalEnd = end;
            role(s.text(), start).ifPresent(role -> {
                List<String> wrong = lexicon.peopleWithRole(role);
                person(s, start, finalEnd, role, wrong, out);
            });
        }
    }

    private Optional<String> role(String text, int nameStart) {
        List<String> roles = new ArrayList<>(lexicon.roles());
        roles.addAll(ROLES);
        return roles.stream().filter(r -> text.startsWith(r, nameStart - r.length())).findFirst();
    }

    private void person(Sentence s, int start, int end, String role, List<String> candidates, List<Fact> out) {
        String name = s.text().substring(start, end);
        List<String> wrong = candidates.stream().filter(c -> !c.equals(name) && s.inDocument(c) == 0).toList();
        if (wrong.size() < 3) {
            return;
        }
        // 省委书记王晓晖主持会议并讲话 → 主持会议并讲话的是省委书记（ ）。
        int clauseStart = clauseStart(s.text(), start - role.length());
        int clauseEnd = clauseEnd(s.text(), end);
        String before = s.text().substring(clauseStart, start - role.length());
        String predicate = s.text().substring(end, clauseEnd);
        String question = before.isEmpty() && predicate.length() >= 2 && Words.allHan(predicate)
                ? predicate + "的是" + role + "（ ）。" : "";
        out.add(new Fact("person:" + name, FactKind.PERSON, start, end, wrong, question, null));
    }

    private void numbers(Sentence s, List<Fact> out) {
        String text = s.text();
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            int month = Integer.parseInt(date.group(1));
            int day = Integer.parseInt(date.group(2));
            String part = date.group(3) == null ? "" : date.group(3);
            List<String> wrong = new ArrayList<>();
            int days = month >= 1 && month <= 12 ? java.time.Month.of(month).maxLength() : 28;
            for (int d : Numerals.near(day, 1, 4)) {
                if (d <= days) {
                    wrong.add(month + "月" + d + "日" + part);
                }
            }
            out.add(new Fact("date:" + date.group(), FactKind.DATE, date.start(), date.end(), wrong, "", null));
        }
        Matcher amount = AMOUNT.matcher(text);
        while (amount.find()) {
            if (s.inDocument(amount.group()) < SETTING) {
                List<String> wrong = nearAmounts(amount.group(1)).stream().map(v -> v + amount.group(2)).toList();
                out.add(new Fact("number:" + amount.group(), FactKind.NUMBER, amount.start(), amount.end(), wrong,
                        "", null));
            }
        }
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            int value = Integer.parseInt(year.group(1));
            if (s.inDocument(year.group()) < SETTING && !text.startsWith("月", year.end())) {
                List<String> wrong = List.of(value - 5, value + 5, value - 10, value + 10).stream()
                        .map(v -> v + "年").toList();
                out.add(new Fact("number:" + year.group(), FactKind.NUMBER, year.start(), year.end(), wrong, "",
                        null));
            }
        }
        Matcher counted = COUNTED.matcher(text);
        while (counted.find()) {
            OptionalInt n = Numerals.parse(counted.group(1));
            boolean bounded = counted.start() == 0
                    || "零〇一二两三四五六七八九十百千万亿点第".indexOf(text.charAt(counted.start() - 1)) < 0;
            if (n.isPresent() && n.getAsInt() > 1 && bounded && s.inDocument(counted.group()) < SETTING) {
                int value = n.getAsInt();
                // A round anniversary has round neighbours (七十周年: 六十, 八十, 五十).
                List<Integer> near = value % 10 == 0 && value >= 20
                        ? List.of(value - 10, value + 10, value - 20).stream().filter(v -> v > 0 && v < 100).toList()
                        : Numerals.near(value, 1, 3);
                List<String> wrong = near.stream().map(v -> Numerals.write(v, true) + counted.group(2)).toList();
                out.add(new Fact("number:" + counted.group(), FactKind.NUMBER, counted.start(), counted.end(),
                        wrong, "", null));
            }
        }
        Matcher ordinal = ORDINAL.matcher(text);
        while (ordinal.find()) {
            OptionalInt n = Numerals.parse(ordinal.group(1));
            if (n.isPresent() && s.inDocument(ordinal.group()) < SETTING) {
                List<String> wrong = Numerals.near(n.getAsInt(), 1, 3).stream()
                        .map(v -> "第" + Numerals.write(v, false) + ordinal.group(2)).toList();
                out.add(new Fact("number:" + ordinal.group(), FactKind.NUMBER, ordinal.start(), ordinal.end(),
                        wrong, "", null));
            }
        }
        Matcher session = SESSION.matcher(text);
        while (session.find()) {
            OptionalInt term = Numerals.parse(session.group(1));
            OptionalInt meeting = Numerals.parse(session.group(2));
            if (term.isPresent() && meeting.isPresent()) {
                int t = term.getAsInt();
                int m = meeting.getAsInt();
                List<String> wrong = new ArrayList<>();
                if (m > 1) {
                    wrong.add(Numerals.write(t, false) + "届" + Numerals.write(m - 1, false) + "次");
                }
                wrong.add(Numerals.write(t, false) + "届" + Numerals.write(m + 1, false) + "次");
                if (t > 1) {
                    wrong.add(Numerals.write(t - 1, false) + "届" + Numerals.write(m, false) + "次");
                }
                wrong.add(Numerals.write(t + 1, false) + "届" + Numerals.write(m, false) + "次");
                out.add(new Fact("number:" + session.group(), FactKind.NUMBER, session.start(), session.end(),
                        wrong, "", null));
            }
        }
        Matcher congress = CONGRESS.matcher(text);
        while (congress.find()) {
            OptionalInt n = Numerals.parse(congress.group(1));
            if (n.isPresent() && s.inDocument(congress.group()) < SETTING) {
                List<String> wrong = List.of(1, 2, 3).stream().filter(d -> n.getAsInt() - d >= 1)
                        .map(d -> Numerals.write(n.getAsInt() - d, false) + "大").toList();
                out.add(new Fact("number:" + congress.group(), FactKind.NUMBER, congress.start(), congress.end(),
                        wrong, "", null));
            }
        }
        Matcher span = SPAN.matcher(text);
        while (span.find()) {
            OptionalInt n = Numerals.parse(span.group(1));
            if (n.isPresent() && s.inDocument(span.group()) < SETTING) {
                List<String> wrong = Numerals.near(n.getAsInt(), 1, 3).stream()
                        .map(v -> Numerals.write(v, true) + span.group(2)).toList();
                out.add(new Fact("number:" + span.group(), FactKind.NUMBER, span.start(), span.end(), wrong, "",
                        null));
            }
        }
    }

    /**
     * Near values of an amount as written (5 → 4, 6, 3, 7; 5.5 → 5, 6, 4.5, 6.5; 1200 → 1100, 1300, 1000, 1400):
     * a step of 0.5 for a decimal, 1 below 20, else a tenth of its magnitude.
     */
    static List<String> nearAmounts(String written) {
        java.math.BigDecimal value = new java.math.BigDecimal(written);
        java.math.BigDecimal step;
        if (written.contains(".")) {
            step = new java.math.BigDecimal("0.5");
        } else if (value.compareTo(java.math.BigDecimal.valueOf(20)) < 0) {
            step = java.math.BigDecimal.ONE;
        } else {
            step = java.math.BigDecimal.TEN.pow(Math.max(0, value.precision() - 2));
        }
        List<String> out = new ArrayList<>();
        for (int k : List.of(-1, 1, -2, 2)) {
            java.math.BigDecimal v = value.add(step.multiply(java.math.BigDecimal.valueOf(k)));
            if (v.signum() > 0) {
                out.add(v.scale() > 0 ? v.stripTrailingZeros().toPlainString() : v.toPlainString());
            }
        }
        return out;
    }

    private void quoted(Sentence s, List<Fact> out) {
        Matcher quoted = QUOTED.matcher(s.text());
        while (quoted.find()) {
            String term = quoted.group(1);
            if (s.inDocument("“" + term + "”") >= SETTING) {
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
            wrong = new ArrayList<>(usable(wrong, term, s, c -> s.inDocument(c) == 0));
            if (s.formulations().contains(term)) {
                // The document's other numbered formulations, never one the sentence itself quotes.
                for (String sibling : usable(s.formulations(), term, s, c -> !s.text().contains(c))) {
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

    /** 一极一源、两中心两地 → 两极一源、两中心两地, 一极一源、三中心两地 …: one numeral moved by one. */
    private static List<String> numeralVariants(String term) {
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
        for (int i : at) {
            int value = Numerals.parse(String.valueOf(term.charAt(i))).orElse(0);
            for (int v : Numerals.near(value, 1, 2)) {
                if (v <= 9) {
                    out.add(term.substring(0, i) + Numerals.write(v, true) + term.substring(i + 1));
                }
            }
        }
        return out;
    }

    private static boolean isNumeral(String term, int i) {
        int at = NUMERAL_CHARS.indexOf(term.charAt(i));
        return at >= 0 && at < 9;
    }

    private void titles(Sentence s, List<Fact> out) {
        Matcher title = TITLE.matcher(s.text());
        while (title.find()) {
            String name = title.group(1);
            for (Lexicon.Match m : lexicon.find(s.text().substring(0, title.end()))) {
                if (m.end() == title.end(1) && m.start() > title.start(1) + 4) {
                    String genre = m.word();
                    List<String> siblings = new ArrayList<>(lexicon.siblings(genre));
                    siblings.sort(Comparator.comparingInt(c -> Math.abs(c.length() - genre.length())));
                    List<String> wrong = usable(siblings, genre, s, c -> !s.document().contains(
                            s.text().substring(m.start() - 4, m.start()) + c));
                    // 会议审议了《关于…的（ ）》。: the one title, whole, the genre blanked.
                    String lead = s.text().substring(clauseStart(s.text(), title.start()), title.start());
                    int leadEnd = lead.indexOf('《');
                    String question = (leadEnd >= 0 ? lead.substring(0, leadEnd) : lead) + "《"
                            + s.text().substring(title.start(1), m.start()) + QuestionWriter.PAREN + "》。";
                    if (wrong.size() >= 3) {
                        out.add(new Fact("document:" + name, FactKind.DOCUMENT, m.start(), m.end(), wrong,
                                question, null));
                    }
                }
            }
        }
    }

    private void enumerationFacts(Sentence s, List<Fact> out) {
        List<Enumeration> found = new ArrayList<>(enumerations.find(s.text()));
        List<Enumeration> whole = List.copyOf(found);
        // A run of category members inside a longer list is not the list (洪涝、干旱 in 洪涝、干旱、地质灾害、地震).
        lexiconLists(s).stream().filter(l -> whole.stream().noneMatch(e -> e.start() <= l.start() && l.end() <= e.end()))
                .forEach(found::add);
        Set<String> seen = new HashSet<>();
        for (Enumeration e : found) {
            if (!seen.add(String.join("、", e.items()))) {
                continue;
            }
            List<String> wrong = wrongItems(e, s);
            boolean crossed = wrong.stream().noneMatch(lexicon::contains);
            if (wrong.size() >= 2) {
                out.add(new Fact("list:" + String.join("、", e.items()), FactKind.ENUMERATION, e.start(), e.end(),
                        wrong, "", e, crossed));
            }
        }
    }

    /** Members of one category listed with 、 only (广元、德阳; 形式主义、官僚主义). */
    private List<Enumeration> lexiconLists(Sentence s) {
        List<Enumeration> out = new ArrayList<>();
        List<Lexicon.Match> matches = lexicon.find(s.text());
        for (int i = 0; i < matches.size(); i++) {
            List<Lexicon.Match> run = new ArrayList<>(List.of(matches.get(i)));
            String category = lexicon.category(matches.get(i).word()).orElse("");
            int j = i + 1;
            while (j < matches.size() && matches.get(j).start() == run.get(run.size() - 1).end() + 1
                    && s.text().charAt(matches.get(j).start() - 1) == '、'
                    && lexicon.category(matches.get(j).word()).orElse("").equals(category)) {
                run.add(matches.get(j++));
            }
            if (run.size() >= 2 && !lexicon.isPerson(run.get(0).word())) {
                out.add(new Enumeration(run.stream().map(Lexicon.Match::word).toList(), run.get(0).start(),
                        run.get(run.size() - 1).end()));
                i = j - 1;
            }
        }
        return out;
    }

    /**
     * Wrong items of an enumeration: other members of the category most of its items belong to; or, for items
     * of the form X和Y功能, the halves crossed (经济承载和开放门户功能).
     */
    private List<String> wrongItems(Enumeration e, Sentence s) {
        List<String> items = e.items();
        for (String item : items) {
            Optional<String> category = lexicon.category(item);
            long members = items.stream().filter(i -> category.isPresent()
                    && lexicon.category(i).equals(category)).count();
            if (category.isPresent() && members * 2 >= items.size()) {
                List<String> siblings = new ArrayList<>(lexicon.siblings(item));
                items.forEach(i -> siblings.removeAll(lexicon.synonyms(i)));
                siblings.removeIf(c -> items.stream().anyMatch(i -> senses.of(c).synonym(senses.of(i))));
                return usable(siblings, item, s, c -> s.inDocument(c) == 0);
            }
        }
        String suffix = commonSuffix(items);
        List<String[]> halves = new ArrayList<>();
        for (String item : items) {
            String core = item.substring(0, item.length() - suffix.length());
            int and = core.indexOf('和');
            if (suffix.length() < 2 || and < 2 || and > core.length() - 3) {
                return List.of();
            }
            halves.add(new String[] {core.substring(0, and), core.substring(and + 1)});
        }
        List<String> crossed = new ArrayList<>();
        for (int i = 0; i < halves.size(); i++) {
            String[] next = halves.get((i + 1) % halves.size());
            crossed.add(halves.get(i)[0] + "和" + next[1] + suffix);
        }
        return crossed.stream().filter(c -> !s.document().contains(c)).limit(MAX_WRONG).toList();
    }

    private static String commonSuffix(List<String> items) {
        String first = items.get(0);
        int n = 0;
        while (n < first.length() && sharedAt(items, first, n)) {
            n++;
        }
        return first.substring(first.length() - n);
    }

    private static boolean sharedAt(List<String> items, String first, int n) {
        return items.stream().allMatch(i -> i.length() > n
                && i.charAt(i.length() - 1 - n) == first.charAt(first.length() - 1 - n));
    }

    private void lexiconTerms(Sentence s, List<Fact> out) {
        for (Lexicon.Match m : lexicon.find(s.text())) {
            String word = m.word();
            boolean listed = out.stream().anyMatch(f -> f.isEnumeration() && f.start() <= m.start()
                    && m.end() <= f.end());
            if (lexicon.isPerson(word) || s.quotedOrTitled(m.start(), m.end()) || !wholeWords(s, m) || listed) {
                continue;
            }
            String category = lexicon.category(word).orElse("");
            if (category.equals("省级行政区") || category.equals("省会城市") || category.equals("地域别称")) {
                continue; // provinces and capitals are a report's setting; they serve in terms (四川篇 → 重庆篇)
            }
            boolean place = category.endsWith("市州") || category.endsWith("名胜") || category.endsWith("区县")
                    || category.endsWith("市");
            if (place && (m.end() - m.start() <= 2 && !s.place(m.start()) || s.inDocument(word) >= SETTING)) {
                continue; // 安康 in 人民幸福安康 is no city; a city said three times is the setting
            }
            // Never a place or a distinctive term the document uses elsewhere: 加快建设人才强国 said in another place
            // would also be right. Short common words (国际, 东部) only stay out of the sentence.
            List<String> wrong = usable(lexicon.siblings(word), word, s,
                    c -> place || c.length() >= DISTINCTIVE ? s.inDocument(c) == 0 : !s.text().contains(c));
            if (wrong.size() >= 3) {
                out.add(new Fact((place ? "place:" : "term:") + word, place ? FactKind.PLACE : FactKind.TERM,
                        m.start(), m.end(), wrong, "", null));
            }
        }
    }

    /**
     * Whether a member found in the text is a word of it, not part of one: a short member must start and end
     * where HanLP's words do; a long one (新型城镇化, which HanLP cuts as 新型/城镇/化作) is taken as it is.
     */
    private static boolean wholeWords(Sentence s, Lexicon.Match m) {
        int length = m.end() - m.start();
        boolean start = s.wordStart(m.start());
        boolean end = s.wordEnd(m.end());
        return length >= 4 || start && end || length == 3 && (start || end);
    }

    /**
     * The candidates that can be wrong options for {@code answer}: not sensitive, not a synonym, neither containing
     * nor contained in it, not of a very different length, and passing {@code fits}; at most {@value #MAX_WRONG}.
     */
    private List<String> usable(List<String> candidates, String answer, Sentence s, Predicate<String> fits) {
        Set<String> out = new LinkedHashSet<>();
        WordSense.Sense sense = senses.of(answer);
        for (String c : candidates) {
            if (out.size() == MAX_WRONG) {
                break;
            }
            if (c.equals(answer) || c.contains(answer) || answer.contains(c) || lexicon.sensitive(c)
                    || Math.abs(c.length() - answer.length()) > Math.max(2, answer.length() / 2)
                    || senses.of(c).synonym(sense) || !fits.test(c)) {
                continue;
            }
            out.add(c);
        }
        return List.copyOf(out);
    }

    /** The facts, none overlapping another: the earlier-found (more specific) one wins. */
    private static List<Fact> withoutOverlaps(List<Fact> facts) {
        List<Fact> kept = new ArrayList<>();
        for (Fact f : facts) {
            boolean overlaps = kept.stream().anyMatch(k -> f.start() < k.end() && k.start() < f.end()
                    && !(k.isEnumeration() ^ f.isEnumeration()));
            if (!overlaps) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Fact::start));
        return kept;
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
