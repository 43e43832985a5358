package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules the questions of one draw (a quiz, an export's first forty) obey together: at most one question on a
 * clause of a sentence (…一年多时间（ ）… and …（ ）时间第二次… ask one spot twice), and no question whose stem or
 * options show the answer of another (长江黄河 written in one stem and asked in the next). Read from what a question
 * carries in the export's format (its right options, the fact its explanation marks 【…】 and where the mark stands
 * in the source), so a question read back from JSON is judged the same way.
 */
public final class DrawRules {

    /** Shortest answer that counts as shown when another question's stem or options contain it. */
    private static final int MIN_SHOWN = 2;
    /** Shortest wrong option that a stem showing it strikes out (a two-character one, 全国, is part of many words). */
    private static final int MIN_RULED_OUT = 4;
    private static final Pattern MARK = Pattern.compile("【([^】]+)】");
    private static final Pattern QUOTED = Pattern.compile("“([^”]+)”");
    /** A false statement's explanation: 错误：“精准发力”应为“同时发力”。 */
    private static final Pattern SWAPPED = Pattern.compile("^错误：“([^”]+)”应为");
    /** Length of a term made of a two-character slot and the frame's two characters (精准发力). */
    private static final int SLOT = 4;
    /** Largest share of one type in a block while questions of other types are left. */
    private static final double TYPE_SHARE = 0.27;
    /** Most trades that grow a block: each looks at every question, so a library's pool keeps to a few. */
    private static final int MAX_TRADES = 16;
    /** Most questions of one block on one family of siblings. */
    private static final int ECHOES = 2;
    /** Largest share of one type among the questions an export takes past its block. */
    private static final double EXTEND_TYPE_SHARE = 0.3;
    /** Most questions of one draw on one source sentence: four on one long sentence crowd a quiz. */
    static final int PER_SENTENCE = 2;
    /** The places and sites of the bundled word lists (广元, 翠云廊, 三星堆). */
    private static final Lexicon LEXICON = new Lexicon();
    /** Numerals and separators of a numbered slogan (一极一源、两中心两地), left out when reading its initials. */
    private static final Pattern NUMERALS = Pattern.compile("[一二两三四五六七八九十、，“”]");

    private DrawRules() {
    }

    /**
     * What a question asks, for comparing it with the others of a draw.
     *
     * @param sentence its source (document, paragraph, sentence)
     * @param clauses  the clauses of the sentence its answer lies in
     * @param answers  the answers it asks (right options; a statement's marked fact)
     * @param shown    what it puts before the member: the stem and every option
     * @param undrawn  whether no draw takes it (the report's opening date, a copied title or site, …: see
     *                 {@link #asked}); it stays in the pool
     * @param stem     its stem alone
     */
    record Asked(String sentence, Set<Integer> clauses, List<String> answers, String shown, boolean undrawn,
                 boolean aboutPlaces, List<String> offered, String stem) {
    }

    /** The shortest object of a verb-object answer that, shown elsewhere, gives the answer away. */
    private static final int MIN_OBJECT = 5;
    /** The number of a party congress's session (十二届三次). */
    private static final Pattern SESSION = Pattern.compile("[一二三四五六七八九十]+届[一二三四五六七八九十]+次");
    /** A report's opening date (7月29日下午，…), the first thing any reader of it sees. */
    private static final Pattern DATELINE = Pattern.compile("^\\d{1,2}月\\d{1,2}日(上午|下午|晚上)?，");

    /** What the question asks. */
    static Asked asked(Question q) {
        List<String> marked = new ArrayList<>();
        String explanation = q.explanation() == null ? "" : q.explanation();
        int quoteAt = explanation.indexOf("原文：");
        String quote = quoteAt >= 0 ? explanation.substring(quoteAt + 3) : explanation;
        Matcher m = MARK.matcher(quote);
        while (m.find()) {
            marked.add(m.group(1));
        }
        List<String> answers = new ArrayList<>();
        if (q.type() == QuestionType.TRUE_FALSE) {
            answers.addAll(marked);
        } else {
            q.answers().forEach(i -> answers.add(q.options().get(i).replace("…", "")));
        }
        String source = q.source().text();
        Set<Integer> clauses = new LinkedHashSet<>();
        Clauses cut = Clauses.of(source);
        for (int[] span : spans(source, quote, marked)) {
            for (int c = cut.at(span[0]); c <= cut.at(Math.max(span[0], span[1] - 1)); c++) {
                clauses.add(c);
            }
        }
        String shown = q.type() == QuestionType.TRUE_FALSE ? q.prompt()
                : q.prompt() + "\n" + String.join("\n", q.options());
        // A statement of the date a report opens with (7月29日下午，省委常委会召开（扩大）会议。) is judged true by
        // anyone who saw its first line; it stays in the pool for the daily review of that line, but no draw takes it.
        // Nor one that changes that date (7月30日下午): a round-6 reader rejected it as testing nothing.
        Matcher opening = DATELINE.matcher(source);
        boolean dateline = q.type() == QuestionType.TRUE_FALSE && opening.find()
                && (q.prompt().contains(source.substring(0, source.indexOf('，')))
                || answers.stream().anyMatch(a -> !a.isEmpty() && opening.group().contains(a)));
        // A statement of a site's pairing as written (在翠云廊对保护自然遗产…) is judged by anyone who knows where the
        // site is; and a site shown gives away the city asked beside it (三星堆: 德阳).
        boolean placeAsked = answers.stream().anyMatch(DrawRules::place);
        boolean copiedSite = q.type() == QuestionType.TRUE_FALSE && q.answers().get(0) == 0 && placeAsked;
        // Nor is a choice whose wrong options all share a part its answer lacks (三中心两地 three times beside
        // 两中心两地; 大排查, 大调研, 大走访 beside 回头看): the odd one out is the answer.
        boolean oddOneOut = q.type() != QuestionType.TRUE_FALSE && q.answers().size() == 1 && oddOneOut(q);
        // Nor is a true statement of one of a family of siblings (在…上同时发力): every blind reader found it judged
        // true by reading on, and asked the false one; nor a false one swapping in an official formulation true in
        // general (立足新发展阶段 for 促进共同富裕), which a well-read member judges true.
        boolean siblingTruth = q.type() == QuestionType.TRUE_FALSE && q.answers().get(0) == 0
                && family(q).stream().anyMatch(t -> t.startsWith("…"));
        Matcher swap = SWAPPED.matcher(explanation);
        boolean officialSwap = q.type() == QuestionType.TRUE_FALSE && swap.find()
                && LEXICON.has(swap.group(1), Lexicon.Flag.OFFICIAL);
        // Nor is a statement of a document's title (会议审议了《…总体安排》, as written or as 《…实施方案》), a quoted
        // term asked with its quotes left (“两个确立”, “回头看”), or a catalogue of short words (地震、水灾、火灾…):
        // blind readers rejected them as a copy anyone judges true, quibbling over a genre word, a set phrase the
        // quotes mark or its pair gives away, and wrong options (台风, 沙尘暴) any member rules out. They stay in the
        // pool.
        boolean rejectedKind = quote.contains("《【")
                || quote.contains("“【") && answers.stream().noneMatch(DrawRules::numberedFormulation)
                || q.type() == QuestionType.MULTIPLE_CHOICE
                && QuestionWriter.catalogue(q.answers().stream().map(q.options()::get).toList());
        // Nor is a question whose point is a session's number (全面落实省委十二届三次全会决策部署): a statement of it is a
        // copy judged by guessing, and two round-7/8 readers rejected the choice among sessions as testing a number
        // only, its sentence's real point (以实体经济为支撑) asked beside it.
        boolean sessionTruth = answers.stream().anyMatch(a -> SESSION.matcher(a).find());
        // Nor is a multiple choice of three right and one wrong option (用事实说话、开门抓评估、让群众评价 beside 开门搞教育):
        // all six round-7 readers marked it fixable, three of four a guess and the one wrong option arguable. It stays
        // in the pool, for the daily review.
        boolean oneWrong = q.type() == QuestionType.MULTIPLE_CHOICE && q.options().size() - q.answers().size() == 1;
        // Nor a choice between official formulations one character apart (重要政治任务 beside 首要政治任务): nine of
        // round 8's sixteen readers marked it, one rejected it, as a quibble a well-read member could argue.
        boolean quibble = (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.FILL_BLANK)
                && q.answers().size() == 1 && LEXICON.has(q.options().get(q.answers().get(0)), Lexicon.Flag.OFFICIAL)
                && q.options().stream().anyMatch(o -> oneApart(o, q.options().get(q.answers().get(0))));
        List<String> offered = q.type() == QuestionType.TRUE_FALSE ? List.copyOf(answers) : q.options();
        return new Asked(q.source().doc() + "#" + q.source().paragraph() + "#" + source, clauses,
                List.copyOf(answers), shown, dateline || copiedSite || rejectedKind || oddOneOut || siblingTruth
                        || officialSwap || sessionTruth || oneWrong || quibble || openingTime(q, source), placeAsked,
                offered,
                q.prompt());
    }

    /**
     * Whether the wrong options of a single-answer choice, three or more, all begin or all end with one character, or
     * all hold one part of two characters or more, that its answer lacks.
     */
    static boolean oddOneOut(Question q) {
        String answer = q.options().get(q.answers().get(0));
        List<String> wrong = new ArrayList<>(q.options());
        wrong.remove(answer);
        if (wrong.size() < 3 || wrong.stream().anyMatch(String::isEmpty)) {
            return false;
        }
        String first = wrong.get(0);
        if (wrong.stream().allMatch(w -> w.charAt(0) == first.charAt(0)) && answer.charAt(0) != first.charAt(0)
                || wrong.stream().allMatch(w -> w.charAt(w.length() - 1) == first.charAt(first.length() - 1))
                && answer.charAt(answer.length() - 1) != first.charAt(first.length() - 1)) {
            return true;
        }
        for (int length = Math.min(first.length(), 5); length >= 2; length--) {
            for (int at = 0; at + length <= first.length(); at++) {
                String part = first.substring(at, at + length);
                if (!answer.contains(part) && wrong.stream().allMatch(w -> w.contains(part))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two words of one length differ in exactly one character. */
    static boolean oneApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            differ += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differ == 1;
    }

    /**
     * Whether a quoted answer is a numbered formulation of the report's own (一极一源、两中心两地: three numerals or
     * more), which blind readers asked for as a key point, unlike a set phrase the quotes mark (“回头看”, “两个确立”).
     */
    static boolean numberedFormulation(String answer) {
        return answer.chars().filter(c -> "一二两三四五六七八九".indexOf(c) >= 0).count() >= 3;
    }

    /** Whether a term is, or is made of, places or sites of the bundled lists (广元、德阳; 翠云廊). */
    static boolean place(String term) {
        String[] parts = term.split("[、，和；]");
        return java.util.Arrays.stream(parts).allMatch(p -> !p.isBlank() && LEXICON.has(p.strip(), Lexicon.Flag.PLACE));
    }

    /**
     * Whether a question asks the time of day and date of the meeting a report opens with (…的时间是（ ）。 with
     * 7月29日下午): what the first line shows, of no value to a study group.
     */
    private static boolean openingTime(Question q, String source) {
        Matcher m = DATELINE.matcher(source);
        return m.find() && q.type() != QuestionType.TRUE_FALSE && q.answers().size() == 1
                && source.startsWith(q.options().get(q.answers().get(0)).replace("…", ""));
    }

    /** Where the marked parts of a quote stand in the source: found by the unmarked quote, else by the mark alone. */
    private static List<int[]> spans(String source, String quote, List<String> marked) {
        List<int[]> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        List<int[]> inPlain = new ArrayList<>();
        Matcher m = MARK.matcher(quote);
        int at = 0;
        while (m.find()) {
            plain.append(quote, at, m.start());
            inPlain.add(new int[] {plain.length(), plain.length() + m.group(1).length()});
            plain.append(m.group(1));
            at = m.end();
        }
        plain.append(quote.substring(at));
        String piece = plain.toString();
        int lead = 0;
        while (piece.startsWith("…", lead)) {
            lead++;
        }
        int trail = piece.length();
        while (trail > lead && piece.charAt(trail - 1) == '…') {
            trail--;
        }
        int offset = source.indexOf(piece.substring(lead, trail));
        for (int i = 0; i < inPlain.size(); i++) {
            int[] span = inPlain.get(i);
            if (offset >= 0) {
                out.add(new int[] {offset + span[0] - lead, offset + span[1] - lead});
            } else if (source.contains(marked.get(i))) {
                int start = source.indexOf(marked.get(i));
                out.add(new int[] {start, start + marked.get(i).length()});
            }
        }
        return out;
    }

    /** Whether two questions may not stand in one draw: they ask one clause, or one shows the other's answer. */
    static boolean clash(Asked a, Asked b) {
        return sameClause(a, b) || shows(a, b) || shows(b, a);
    }

    /**
     * Whether two questions ask one clause of a sentence (one fact twice), are both about places of one sentence,
     * or one abbreviates the other's, or either is one no draw takes: {@link #clash} but for one showing another's
     * answer in its stem or options.
     */
    private static boolean sameClause(Asked a, Asked b) {
        return a.undrawn() || b.undrawn() || a.sentence().equals(b.sentence())
                && (a.clauses().stream().anyMatch(b.clauses()::contains) || a.aboutPlaces() && b.aboutPlaces()
                || abbreviates(a, b) || abbreviates(b, a));
    }

    /** Whether two questions may not stand in one draw. */
    public static boolean clash(Question a, Question b) {
        return clash(asked(a), asked(b));
    }

    /**
     * Whether an answer of one question is a numbered slogan one of whose items is the initials of what the other
     * offers (一极一源 beside 重要增长极和新的动力源: 极 and 源 in order), so each glosses the other.
     */
    static boolean abbreviates(Asked shortForm, Asked longForm) {
        for (String answer : shortForm.answers()) {
            if (!answer.matches(".*[一二两三四五六七八九十].*")) {
                continue;
            }
            for (String item : answer.split("[、，]")) {
                String initials = NUMERALS.matcher(item).replaceAll("");
                if (initials.length() < 2 || initials.length() == item.length()) {
                    continue;
                }
                String joined = String.join("", longForm.offered()) + String.join("", longForm.answers());
                if (!joined.contains(item) && inOrder(initials, joined)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the characters of {@code initials} stand in {@code text} in their order, apart. */
    private static boolean inOrder(String initials, String text) {
        int at = -1;
        for (char c : initials.toCharArray()) {
            at = text.indexOf(c, at + 1);
            if (at < 0) {
                return false;
            }
        }
        return !text.contains(initials);
    }

    private static boolean shows(Asked shower, Asked asker) {
        return asker.answers().stream().anyMatch(answer -> answer.length() >= MIN_SHOWN
                && shown(shower.shown(), answer, asker.sentence()) || quoted(answer).anyMatch(shower.shown()::contains)
                || object(answer).filter(shower.shown()::contains).isPresent())
                || rulesOut(shower, asker);
    }

    /**
     * The object of a long answer that opens with its verb (建设【现代化产业体系】): a stem showing it (以实体经济为支撑的
     * 现代化产业体系) leaves only the verb to guess among options that differ in all else (seed 491's reader).
     */
    static java.util.Optional<String> object(String answer) {
        return answer.length() >= MIN_OBJECT + 2 && Words.allHan(answer)
                ? java.util.Optional.of(answer.substring(2)) : java.util.Optional.empty();
    }

    /**
     * Whether the stem of one question shows a wrong option of the other as the report's words about something else
     * (要加强督促检查，将…纳入督查督办工作“台账” beside 要（ ），聚焦…时代使命 with 加强督促检查 among the options): the
     * member strikes that option out (seed 317's reader).
     */
    private static boolean rulesOut(Asked shower, Asked asker) {
        return asker.offered().stream().filter(o -> !asker.answers().contains(o))
                .anyMatch(o -> o.length() >= MIN_RULED_OUT && shower.stem().contains(o));
    }

    /**
     * Whether {@code text} shows the answer: a longer answer wherever it stands; a two-character one (全国) only as an
     * option of its own or with a neighbour it has in its sentence (全国影响力), since as part of another word
     * (全国大局, in the stem of the 战略地位 question) it tells nothing.
     */
    static boolean shown(String text, String answer, String sentence) {
        if (!text.contains(answer)) {
            return false;
        }
        if (answer.length() > MIN_SHOWN) {
            return true;
        }
        if (text.lines().anyMatch(answer::equals)) {
            return true; // offered as an option of its own
        }
        String[] parts = sentence.split("#", 3);
        String source = parts[parts.length - 1];
        for (int at = source.indexOf(answer); at >= 0; at = source.indexOf(answer, at + 1)) {
            int end = at + answer.length();
            if (at > 0 && text.contains(source.substring(at - 1, end))
                    || end < source.length() && text.contains(source.substring(at, end + 1))) {
                return true;
            }
        }
        return source.indexOf(answer) < 0;
    }

    /**
     * The quoted formulations within an answer (“两个确立” and “两个维护” of 深刻领悟“两个确立”…坚决做到“两个维护”):
     * each is what tells the answer from its wrong options, so a stem showing one gives the answer away.
     */
    private static java.util.stream.Stream<String> quoted(String answer) {
        return QUOTED.matcher(answer).results().map(r -> r.group(1)).filter(q -> q.length() >= MIN_SHOWN);
    }

    /**
     * The questions in their order, arranged in blocks within which no two clash: the first block takes, in order,
     * every question that clashes with none taken before it; the next block does the same with what is left.
     * So the first {@code n} questions of the result obey the rules whenever the first block holds {@code n}.
     */
    public static List<Question> arrange(List<Question> ordered) {
        List<Question> rest = new ArrayList<>(ordered);
        List<Question> out = new ArrayList<>();
        while (!rest.isEmpty()) {
            List<Asked> block = new ArrayList<>();
            List<Question> left = new ArrayList<>();
            for (Question q : rest) {
                Asked a = asked(q);
                if (block.stream().noneMatch(b -> clash(a, b)) && !crowded(block, a)) {
                    block.add(a);
                    out.add(q);
                } else {
                    left.add(q);
                }
            }
            rest = left;
        }
        return out;
    }

    /**
     * A large set of the questions of which no two clash: those that clash with fewest others first (a statement
     * that shows little before a question whose options show a whole family), the types and true and false
     * statements kept even among equals, at most two on one family of siblings (同时/精准/全面/持续发力: four such
     * questions ask one thing four times), the pool's order last. Greedy, so not always the largest, but quadratic.
     */
    public static List<Question> block(List<Question> questions) {
        return block(Graph.of(questions));
    }

    /**
     * Which questions clash, worked out once for a list (quadratic in its length; each question's stem and options
     * are compared with the others' answers).
     *
     * @param questions the questions
     * @param asked     what each asks ({@link #asked}), worked out once
     * @param clashes   for each question (by index), the indexes of those it clashes with
     */
    record Graph(List<Question> questions, List<Asked> asked, java.util.BitSet[] clashes) {

        static Graph of(List<Question> questions) {
            List<Asked> asked = questions.stream().map(DrawRules::asked).toList();
            int n = questions.size();
            java.util.BitSet[] clashes = new java.util.BitSet[n];
            for (int i = 0; i < n; i++) {
                clashes[i] = new java.util.BitSet(n);
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (clash(asked.get(i), asked.get(j))) {
                        clashes[i].set(j);
                        clashes[j].set(i);
                    }
                }
            }
            return new Graph(List.copyOf(questions), asked, clashes);
        }

        /** How many questions the one at {@code i} clashes with. */
        int degree(int i) {
            return clashes[i].cardinality();
        }
    }

    /** The largest block {@link #block(List)} finds among a graph's questions. */
    static List<Question> block(Graph graph) {
        List<Question> questions = graph.questions();
        java.util.BitSet[] clashes = graph.clashes();
        List<Set<String>> families = questions.stream().map(DrawRules::family).toList();
        List<String> sentences = graph.asked().stream().map(Asked::sentence).toList();
        int n = questions.size();
        int[] degree = new int[n];
        // The order of choosing: fewest clashes first, but a point the report stresses before all the others.
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            degree[i] = graph.degree(i);
            rank[i] = stressed(questions.get(i), graph.asked().get(i)) ? degree[i] - n : degree[i];
        }
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            left.add(i);
        }
        left.sort(java.util.Comparator.comparingInt(i -> rank[i]));
        java.util.Map<String, Integer> kinds = new java.util.HashMap<>();
        java.util.Map<String, Integer> perSentence = new java.util.HashMap<>();
        List<Integer> chosen = new ArrayList<>();
        while (!left.isEmpty()) {
            // Of the fewest clashes, the kind (type; true or false statement) least chosen so far, and no kind past
            // its share while another is left: statements clash least, and a block of them is no quiz.
            List<Integer> fit = left.stream().filter(i -> !over(questions.get(i), kinds, chosen.size())).toList();
            List<Integer> from = fit.isEmpty() ? left : fit;
            int low = rank[from.get(0)];
            int pick = from.get(0);
            for (int i : from) {
                if (rank[i] > low) {
                    break;
                }
                if (kinds.getOrDefault(kind(questions.get(i)), 0) < kinds.getOrDefault(kind(questions.get(pick)), 0)) {
                    pick = i;
                }
            }
            int taken = pick;
            chosen.add(taken);
            kinds.merge(kind(questions.get(taken)), 1, Integer::sum);
            // Only the taken question's sentence can have become full: counted once, not for every question left.
            boolean full = perSentence.merge(sentences.get(taken), 1, Integer::sum) >= PER_SENTENCE;
            String sentence = sentences.get(taken);
            // Only a question of a family the taken one shares can have become one echo too many.
            Set<String> takenFamily = families.get(taken);
            left.removeIf(i -> i == taken || clashes[i].get(taken) || full && sentences.get(i).equals(sentence)
                    || families.get(i).stream().anyMatch(takenFamily::contains) && echoes(chosen, families, i));
        }
        grow(questions, chosen, clashes, families, sentences, degree);
        chosen.sort(null);
        return chosen.stream().map(questions::get).toList();
    }

    /**
     * Whether a drawable question asks a point the report stresses: which site went with which charge (the pairing
     * of 翠云廊 and 三星堆, two blanks) or a numbered formulation of its own (一极一源、两中心两地). Every blind reader of
     * rounds 7 and 8 missed them; chosen by fewest clashes alone they lost to the other facts of their long sentences.
     */
    static boolean stressed(Question q) {
        return stressed(q, asked(q));
    }

    private static boolean stressed(Question q, Asked a) {
        return !a.undrawn() && q.type() == QuestionType.SINGLE_CHOICE
                && a.answers().stream().anyMatch(answer -> answer.contains("；") || numberedFormulation(answer));
    }

    /** Whether the questions already hold {@value #PER_SENTENCE} on the sentence {@code a} asks. */
    static boolean crowded(List<Asked> taken, Asked a) {
        return crowded(taken, a, PER_SENTENCE);
    }

    /** Whether the questions already hold {@code cap} on the sentence {@code a} asks. */
    private static boolean crowded(List<Asked> taken, Asked a, int cap) {
        return taken.stream().filter(b -> b.sentence().equals(a.sentence())).count() >= cap;
    }

    /** Whether the families already hold {@value #ECHOES} that share a term with {@code family}. */
    private static boolean echoes(List<Set<String>> families, Set<String> family) {
        return families.stream().filter(f -> f.stream().anyMatch(family::contains)).count() >= ECHOES;
    }

    /**
     * Whether {@code q} is a statement that would put true and false statements more than {@value #ECHOES} apart,
     * {@code truths} counting the true ones and the false ones so far.
     */
    private static boolean lopsided(int[] truths, Question q) {
        return q.type() == QuestionType.TRUE_FALSE
                && truths[q.answers().get(0)] + 1 - truths[1 - q.answers().get(0)] > ECHOES;
    }

    /** Whether the chosen questions hold {@value #PER_SENTENCE} on the sentence of question {@code i}. */
    private static boolean crowded(List<Integer> chosen, List<String> sentences, int i) {
        return chosen.stream().filter(c -> c != i && sentences.get(c).equals(sentences.get(i))).count()
                >= PER_SENTENCE;
    }

    /** Whether one more question on {@code i}'s family would be one too many beside {@code chosen}. */
    private static boolean echoes(List<Integer> chosen, List<Set<String>> families, int i) {
        return chosen.stream().filter(c -> c != i && families.get(c).stream().anyMatch(families.get(i)::contains))
                .count() >= ECHOES;
    }

    /**
     * Grows a block by trading one of its questions for two or more that only that one kept out (a greedy choice
     * can shut out a pair for one), while no type passes its share and no family its limit.
     */
    private static void grow(List<Question> questions, List<Integer> chosen, java.util.BitSet[] clashes,
                             List<Set<String>> families, List<String> sentences, int[] degree) {
        int n = questions.size();
        boolean grew = true;
        for (int round = 0; grew && round < MAX_TRADES; round++) {
            grew = false;
            java.util.BitSet in = new java.util.BitSet(n);
            chosen.forEach(in::set);
            for (int b : List.copyOf(chosen)) {
                List<Integer> freed = new ArrayList<>();
                for (int u = 0; u < n; u++) {
                    java.util.BitSet blockers = (java.util.BitSet) clashes[u].clone();
                    blockers.and(in);
                    if (!in.get(u) && blockers.cardinality() == 1 && blockers.get(b)) {
                        freed.add(u);
                    }
                }
                if (freed.size() < 2) {
                    continue;
                }
                freed.sort(java.util.Comparator.comparingInt(u -> degree[u]));
                List<Integer> trial = new ArrayList<>(chosen);
                trial.remove(Integer.valueOf(b));
                int added = 0;
                for (int u : freed) {
                    if (trial.stream().noneMatch(c -> clashes[u].get(c)) && !echoes(trial, families, u)
                            && !crowded(trial, sentences, u)) {
                        trial.add(u);
                        added++;
                    }
                }
                if (added >= 2 && withinShares(questions, trial)) {
                    chosen.clear();
                    chosen.addAll(trial);
                    grew = true;
                    break;
                }
            }
        }
    }

    /** Whether no type makes up more than its share of the block. */
    private static boolean withinShares(List<Question> questions, List<Integer> block) {
        java.util.Map<QuestionType, Integer> types = new java.util.EnumMap<>(QuestionType.class);
        block.forEach(i -> types.merge(questions.get(i).type(), 1, Integer::sum));
        return types.values().stream().allMatch(c -> c <= TYPE_SHARE * block.size() + 1);
    }

    /**
     * Whether one more of the question's kind would take its type past {@value #TYPE_SHARE} of the block, or its
     * statements two further from even between true and false.
     */
    private static boolean over(Question q, java.util.Map<String, Integer> kinds, int size) {
        int ofType = kinds.entrySet().stream().filter(e -> e.getKey().startsWith(q.type().toString()))
                .mapToInt(java.util.Map.Entry::getValue).sum();
        if (ofType + 1 > TYPE_SHARE * (size + 1) + 1) {
            return true;
        }
        if (q.type() != QuestionType.TRUE_FALSE) {
            return false;
        }
        String other = q.type() + "/" + (1 - q.answers().get(0));
        return kinds.getOrDefault(kind(q), 0) + 1 - kinds.getOrDefault(other, 0) > 1;
    }

    /** A question's type, a statement's also whether it is true. */
    private static String kind(Question q) {
        return q.type() == QuestionType.TRUE_FALSE ? q.type() + "/" + q.answers().get(0) : q.type().toString();
    }

    /**
     * The terms a question puts before the member as what may be asked: its options, or a statement's marked and
     * swapped-in terms. Questions whose terms meet ask about one set of siblings.
     */
    static Set<String> family(Question q) {
        Set<String> terms = new LinkedHashSet<>();
        if (q.type() != QuestionType.TRUE_FALSE) {
            terms.addAll(q.options());
        } else {
            // The verdict's quoted terms (“精准发力”应为“同时发力”) and the marks; not quotes of the original.
            int quoteAt = Math.max(0, q.explanation().indexOf("原文："));
            Matcher m = Pattern.compile("“([^”]+)”|【([^】]+)】").matcher(q.explanation());
            while (m.find()) {
                if (m.group(2) != null || m.start() < quoteAt) {
                    terms.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        // Four-character terms of one frame (同时发力, 精准发力) are a family though a statement shows one of them.
        List<String> slots = q.type() == QuestionType.TRUE_FALSE ? List.copyOf(terms) : q.options();
        Set<String> endings = new LinkedHashSet<>();
        slots.forEach(t -> endings.add(t.length() == SLOT ? "…" + t.substring(2) : ""));
        if (endings.size() == 1 && !endings.contains("")) {
            terms.addAll(endings);
        }
        return terms;
    }

    /**
     * The candidates that can follow a block when a long export needs more questions than a block holds (a short
     * report has about twenty sentences, and one clause of a sentence gives one question): in their order, the long
     * sentences' first, each clashing with none of the block nor of those taken before it, and no sentence holding
     * more than {@code cap} questions with the block's.
     */
    static List<Question> extend(List<Question> block, List<Question> candidates, int cap) {
        return extend(block, candidates, cap, true);
    }

    /**
     * As {@link #extend(List, List, int)}, or when not {@code strict} only keeping apart questions on one clause (one
     * fact asked twice) and those no draw takes, for the end of a long export that has run out of questions that
     * clash with nothing.
     */
    static List<Question> extend(List<Question> block, List<Question> candidates, int cap, boolean strict) {
        List<Asked> taken = new ArrayList<>(block.stream().map(DrawRules::asked).toList());
        List<Question> byLength = new ArrayList<>(candidates);
        byLength.sort(java.util.Comparator.comparingInt((Question q) -> -q.source().text().length()));
        List<Question> out = new ArrayList<>();
        List<Set<String>> families = new ArrayList<>(block.stream().map(DrawRules::family).toList());
        // True and false statements stay within two of even, as in the block.
        int[] truths = new int[2];
        block.stream().filter(q -> q.type() == QuestionType.TRUE_FALSE).forEach(q -> truths[q.answers().get(0)]++);
        for (Question q : byLength) {
            Asked a = asked(q);
            long ofType = java.util.stream.Stream.concat(block.stream(), out.stream())
                    .filter(b -> b.type() == q.type()).count();
            if (ofType + 1 > EXTEND_TYPE_SHARE * (block.size() + out.size() + 1) + 1) {
                continue;
            }
            Set<String> family = family(q);
            if (!lopsided(truths, q) && !echoes(families, family)
                    && taken.stream().noneMatch(b -> strict ? clash(a, b) : sameClause(a, b))
                    && !crowded(taken, a, cap)) {
                taken.add(a);
                out.add(q);
                families.add(family);
                if (q.type() == QuestionType.TRUE_FALSE) {
                    truths[q.answers().get(0)]++;
                }
            }
        }
        return out;
    }

    /**
     * The first {@code count} of the candidates in the order that does least harm beside {@code placed} and each
     * other, for the end of a long export with no question left that clashes with nothing: one of a draw's exceptions
     * (the opening date) last, then a third on one family of siblings, then one asking a clause already asked (a fact twice), then one showing another's
     * answer or tipping true and false statements more than two apart, then one on a sentence asked most; the candidates' own order among equals.
     */
    static List<Question> leastHarm(List<Question> placed, List<Question> candidates, int count) {
        List<Asked> taken = new ArrayList<>(placed.stream().map(DrawRules::asked).toList());
        List<Asked> left = new ArrayList<>(candidates.stream().map(DrawRules::asked).toList());
        List<Question> rest = new ArrayList<>(candidates);
        List<Question> out = new ArrayList<>();
        int[] truths = new int[2];
        placed.stream().filter(q -> q.type() == QuestionType.TRUE_FALSE).forEach(q -> truths[q.answers().get(0)]++);
        List<Set<String>> families = new ArrayList<>(placed.stream().map(DrawRules::family).toList());
        while (out.size() < count && !rest.isEmpty()) {
            int best = 0;
            long lowest = Long.MAX_VALUE;
            for (int i = 0; i < rest.size(); i++) {
                Asked a = left.get(i);
                Question q = rest.get(i);
                long harm = a.undrawn() ? 1_000_000 : 0;
                // A statement that would put true and false more than two apart, as bad as showing an answer.
                if (lopsided(truths, q)) {
                    harm += 100;
                }
                // A third question on one family of siblings (a third 发力 statement) asks one thing again.
                if (echoes(families, family(q))) {
                    harm += 5000;
                }
                for (Asked b : taken) {
                    harm += sameClause(a, b) ? 1000 : clash(a, b) ? 100 : 0;
                    harm += b.sentence().equals(a.sentence()) ? 1 : 0;
                }
                if (harm < lowest) {
                    lowest = harm;
                    best = i;
                }
            }
            Question next = rest.remove(best);
            if (next.type() == QuestionType.TRUE_FALSE) {
                truths[next.answers().get(0)]++;
            }
            out.add(next);
            families.add(family(next));
            taken.add(left.remove(best));
        }
        return out;
    }

    /**
     * Up to {@code count} of the candidates, in their order, none clashing with another nor with {@code taken}, at
     * most {@value #ECHOES} on one family of siblings and true and false statements within {@value #ECHOES} of each
     * other, counting {@code taken}'s: the export's rules, for a chat's quiz (two true 发力 statements in one round
     * were what readers of exports rejected).
     */
    static List<Question> pick(List<Question> candidates, List<Question> taken, int count) {
        return pick(candidates, taken, count, true);
    }

    /**
     * As {@link #pick(List, List, int)}, or when not {@code balanced} with no limit on a family of siblings nor on
     * true against false statements: for a pool too small to fill a quiz with both, where questions that clash with
     * nothing still come before any that do.
     */
    static List<Question> pick(List<Question> candidates, List<Question> taken, int count, boolean balanced) {
        List<Asked> chosen = new ArrayList<>(taken.stream().map(DrawRules::asked).toList());
        List<Set<String>> families = new ArrayList<>(taken.stream().map(DrawRules::family).toList());
        int[] truths = new int[2];
        taken.stream().filter(q -> q.type() == QuestionType.TRUE_FALSE).forEach(q -> truths[q.answers().get(0)]++);
        List<Question> out = new ArrayList<>();
        for (Question q : candidates) {
            if (out.size() == count) {
                break;
            }
            Asked a = asked(q);
            Set<String> family = family(q);
            if (chosen.stream().noneMatch(b -> clash(a, b)) && !crowded(chosen, a)
                    && !(balanced && (echoes(families, family) || lopsided(truths, q)))) {
                chosen.add(a);
                families.add(family);
                if (q.type() == QuestionType.TRUE_FALSE) {
                    truths[q.answers().get(0)]++;
                }
                out.add(q);
            }
        }
        return out;
    }

    /**
     * An exported quiz: up to {@code count} of the interleaved pool, in its order, none clashing with another (no
     * fact asked twice, no answer shown by another question), at most {@value #PER_SENTENCE} on one sentence
     * (two round-6 readers rejected a third question on one long sentence as crowding out the points left unasked),
     * at most {@value #ECHOES} on one family of siblings
     * (the four 发力 terms), and true and false statements within {@value #ECHOES} of each other. A short report may
     * hold fewer than asked: past them a quiz would only ask its facts again.
     */
    public static List<Question> export(List<Question> interleaved, int count) {
        // Since round 6 a counted export keeps a chat quiz's rules exactly, two questions a sentence included.
        return pick(interleaved, List.of(), count, true);
    }
}
