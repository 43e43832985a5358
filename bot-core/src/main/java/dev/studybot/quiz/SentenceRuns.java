package dev.studybot.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tasks a paragraph lays out one sentence each (各地各部门要切实【加强组织领导】，…。要【深化问题研究】，…。要
 * 【加强督促检查】，…): three or more sentences in a row whose opening clause is who is to act and a member of one
 * category, nothing else. Together they are a list members are expected to know, asked as a multiple choice over the
 * run, its source the run's sentences.
 */
final class SentenceRuns {

    /** Fewest sentences of a run: two are a pair, not a list of tasks. */
    static final int MIN_RUN = 3;
    private static final int MIN_PURPOSE = 4;
    private static final int MAX_PURPOSE = 30;
    /**
     * An opening clause that is who acts and what (各地各部门要切实加强组织领导; 要深化问题研究), the adverb (切实) in
     * neither: a question on the run is said of who acts alone, since each task is a sentence of its own.
     */
    private static final Pattern OPENING = Pattern.compile("^([^，；：。]{0,8}?要)(?:切实|进一步)?([^，；：。]{4,8})，");

    private final Lexicon lexicon;

    SentenceRuns(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A run found in a document.
     *
     * @param paragraph the paragraph
     * @param first     the index of its first sentence among those given
     * @param text      its sentences, joined as they stand
     * @param fact      the list it makes, with its question (who acts and the blank)
     */
    record Run(int paragraph, int first, String text, Fact fact) {
    }

    /** The runs of the sentences (in document order), each with wrong items of its category. */
    List<Run> find(List<FactFinder.Raw> sentences, String documentText) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            Optional<String> category = category(sentences.get(i).text());
            int end = i + 1;
            while (category.isPresent() && end < sentences.size()
                    && sentences.get(end).paragraph() == sentences.get(i).paragraph()
                    && category(sentences.get(end).text()).equals(category)) {
                end++;
            }
            if (category.isPresent() && end - i >= MIN_RUN) {
                String before = i > 0 && sentences.get(i - 1).paragraph() == sentences.get(i).paragraph()
                        ? sentences.get(i - 1).text() : "";
                run(sentences.subList(i, end), i, documentText, purpose(before, sentences.get(i).speaker()))
                        .ifPresent(out::add);
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private Optional<String> category(String sentence) {
        Matcher m = OPENING.matcher(sentence);
        return m.find() && lexicon.contains(m.group(2)) && !lexicon.unasked(m.group(2))
                ? lexicon.category(m.group(2)) : Optional.empty();
    }

    /**
     * What the tasks are for, when the sentence before them opens with it as its topic (学习宣传贯彻…重要指示精神，是…的重要
     * 政治任务。): without it, 各地各部门要（ ） leaves 加强队伍建设 or 注重总结推广 as sensible as the tasks (three round-8
     * readers).
     */
    static String purpose(String before, String speaker) {
        String text = Antecedents.afterSpeaker(before, speaker);
        int comma = text.indexOf('，');
        if (comma < MIN_PURPOSE || comma > MAX_PURPOSE || !text.startsWith("是", comma + 1)) {
            return "";
        }
        return text.substring(0, comma);
    }

    private Optional<Run> run(List<FactFinder.Raw> sentences, int first, String documentText, String purpose) {
        StringBuilder text = new StringBuilder();
        List<String> items = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (FactFinder.Raw r : sentences) {
            Matcher m = OPENING.matcher(r.text());
            m.find();
            if (start < 0) {
                start = m.start(2);
                end = m.end(2);
            }
            items.add(m.group(2));
            text.append(r.text());
        }
        List<String> wrong = lexicon.siblings(items.get(0)).stream()
                .filter(c -> !items.contains(c) && !documentText.contains(c)
                        && !NearMeaning.restates(c, text.toString(), items)).toList();
        if (wrong.size() < 2) { // a list of tasks needs wrong ones to choose among
            return Optional.empty();
        }
        Matcher lead = OPENING.matcher(sentences.get(0).text());
        lead.find();
        String speaker = sentences.get(0).speaker().isEmpty() ? "" : sentences.get(0).speaker() + "，";
        // Who acts, without the first sentence's adverb: 各地各部门要切实（ ） read as if 切实 went with every task
        // (seed 347's reader).
        String question = speaker + (purpose.isEmpty() ? "" : "为" + purpose + "，") + lead.group(1)
                + QuestionWriter.PAREN + "。";
        Fact fact = new Fact("run:" + String.join("、", items), FactKind.ENUMERATION, start, end, wrong, question,
                new Enumeration(items, start, end));
        return Optional.of(new Run(sentences.get(0).paragraph(), first, text.toString(), fact));
    }
}
