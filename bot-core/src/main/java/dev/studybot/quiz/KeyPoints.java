package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions on two points every report of a meeting has that the fact-by-fact writer cannot ask: the documents the
 * meeting reviewed (会议审议了《…》《…》: a statement of one of them, as written or in another genre, 《…的决定》 for
 * 《…的意见》), and a pair of quoted party formulations required side by side (深刻领悟“两个确立”的决定性意义，
 * 坚决做到“两个维护”: a fill-in of the first among sibling formulations of the same form, 四个意识, 四个自信, taken
 * from the bundled word lists).
 */
final class KeyPoints {

    /** 审议了《…》《…》 (or 审议通过): the titles the meeting reviewed. */
    private static final Pattern REVIEWED = Pattern.compile("审议(?:了|通过了?)((?:《[^》]+》[、和及]?){2,})");
    private static final Pattern TITLE = Pattern.compile("《([^》]+)》");
    /** A quoted formulation counted by a numeral: “两个确立”, “四个意识”. */
    private static final Pattern FORMULATION = Pattern.compile("“([一二两三四五六七八九十]个[^”]{1,4})”");

    /** The characters of 会议审议了《》。 around a stated title. */
    private static final int STATED = 9;

    private final Lexicon lexicon;
    private final Random random;
    private final boolean nameThem;

    /**
     * @param nameThem whether stems say which document they quote (根据《二十大报告》，…): the chat studies several
     */
    KeyPoints(Lexicon lexicon, Random random, boolean nameThem) {
        this.lexicon = lexicon;
        this.random = random;
        this.nameThem = nameThem;
    }

    /** 根据《short title》，before a stem when the chat studies several documents, else nothing. */
    private String prefix(AnalyzedSentence s) {
        return nameThem ? "根据《" + ShortTitle.of(s.docTitle()) + "》，" : "";
    }

    /** The key-point questions of one sentence; none when it holds neither point. */
    List<Question> write(AnalyzedSentence s) {
        List<Question> out = new ArrayList<>();
        reviewed(s).ifPresent(out::add);
        formulations(s).ifPresent(out::add);
        return out;
    }

    /**
     * 会议审议了《…》。 of one of the titles the meeting reviewed, as written or in a sibling genre (《…实施方案》 for
     * 《…总体安排》), a seeded half of the time; a statement, since a made-up title naming a leader is no option.
     */
    Optional<Question> reviewed(AnalyzedSentence s) {
        Matcher m = REVIEWED.matcher(s.text());
        if (!m.find()) {
            return Optional.empty();
        }
        List<int[]> titles = new ArrayList<>();
        Matcher t = TITLE.matcher(m.group(1));
        while (t.find()) {
            titles.add(new int[] {m.start(1) + t.start(1), m.start(1) + t.end(1)});
        }
        // A statement a member reads at a glance: of the titles short enough for one, a seeded one.
        titles.removeIf(span -> span[1] - span[0] + STATED > Claims.MAX);
        if (titles.isEmpty()) {
            return Optional.empty();
        }
        int[] asked = titles.get(random.nextInt(titles.size()));
        String title = s.text().substring(asked[0], asked[1]);
        Optional<String> other = otherGenre(title);
        boolean truth = other.isEmpty() || random.nextBoolean();
        int open = s.text().lastIndexOf('，', m.start()) + 1;
        String lead = s.text().substring(open, m.start());
        String subject = lead.isEmpty() ? "会议" : lead;
        String stated = truth ? title : other.get();
        String genre = truth ? "" : title.substring(common(title, stated));
        String verdict = truth ? "正确：原文正是“" + title + "”。"
                : "错误：“" + stated.substring(common(title, stated)) + "”应为“" + genre + "”。";
        String explanation = verdict + "原文：" + (open > 0 ? "…" : "") + s.text().substring(open, asked[0])
                + "【" + title + "】" + s.text().substring(asked[1], Math.min(s.text().length(), m.end()));
        if (explanation.length() > Question.MAX_EXPLANATION) {
            return Optional.empty();
        }
        return Optional.of(new Question(QuestionWriter.idOf("reviewed|" + s.docId() + "|" + s.text()),
                QuestionType.TRUE_FALSE, prefix(s) + subject + "审议了《" + stated + "》。",
                List.of(QuestionWriter.TRUE, QuestionWriter.FALSE), List.of(truth ? 0 : 1), explanation,
                new QuestionSource(s.docId(), s.paragraph(), s.text())));
    }

    /** How many characters two titles share at their start. */
    private static int common(String a, String b) {
        int n = 0;
        while (n < Math.min(a.length(), b.length()) && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The title with its genre word (意见, 总体安排) put as a sibling genre of the bundled lists. */
    private Optional<String> otherGenre(String title) {
        for (int length = Math.min(4, title.length() - 1); length >= 2; length--) {
            String genre = title.substring(title.length() - length);
            List<String> siblings = lexicon.siblings(genre);
            if (!siblings.isEmpty()) {
                // The first sibling is the likeliest genre beside it (意见: 决定; 总体安排: 实施方案).
                String other = siblings.get(0);
                return Optional.of(title.substring(0, title.length() - length) + other);
            }
        }
        return Optional.empty();
    }

    /**
     * The two clauses that each require a quoted formulation (深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”) as a
     * fill-in of the first among siblings of the same form the sentence does not hold (四个意识, 四个自信): a blind
     * reader rejected the pair swapped as options, 坚决做到“两个确立” being careless wording.
     */
    Optional<Question> formulations(AnalyzedSentence s) {
        Clauses clauses = Clauses.of(s.text());
        for (int c = 0; c + 1 < clauses.size(); c++) {
            Matcher a = FORMULATION.matcher(clauses.text(c));
            Matcher b = FORMULATION.matcher(clauses.text(c + 1));
            if (clauses.get(c).delimiter() != '，' || !a.find() || !b.find() || a.group(1).equals(b.group(1))) {
                continue;
            }
            String x = a.group(1);
            String y = b.group(1);
            List<String> others = lexicon.siblings(x).stream()
                    .filter(o -> FORMULATION.matcher("“" + o + "”").matches() && !o.equals(y)
                            && !s.text().contains(o))
                    .toList();
            if (others.size() < 3) {
                continue;
            }
            List<String> options = new ArrayList<>(others);
            Collections.shuffle(options, random);
            options = new ArrayList<>(options.subList(0, 3));
            options.add(x);
            Collections.shuffle(options, random);
            int start = clauses.get(c).start() + clauses.text(c).indexOf("“" + x + "”") + 1;
            int end = start + x.length();
            int stemEnd = clauses.get(c + 1).start() + clauses.text(c + 1).length();
            String lead = s.text().substring(0, clauses.get(c).start());
            if (lead.length() > Stems.STEM && c > 0) {
                lead = lead.substring(clauses.get(c - 1).start());
            }
            String asked = s.text().substring(clauses.get(c).start(), stemEnd).replace("“" + x + "”", "“____”");
            String speaker = s.speaker().isEmpty() || lead.startsWith(s.speaker()) ? "" : s.speaker() + "，";
            String stem = prefix(s) + speaker + lead + asked + "。";
            String explanation = "原文：" + Stems.quote(s, List.of(new Stems.Change(start, end, "【" + x + "】")),
                    QuestionWriter.EXPLANATION_QUOTE);
            return Optional.of(new Question(QuestionWriter.idOf("formulations|" + s.docId() + "|" + s.text() + "|"
                    + x), QuestionType.FILL_BLANK, stem, options, List.of(options.indexOf(x)),
                    explanation, new QuestionSource(s.docId(), s.paragraph(), s.text())));
        }
        return Optional.empty();
    }
}
