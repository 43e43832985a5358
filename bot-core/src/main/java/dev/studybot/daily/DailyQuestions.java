package dev.studybot.daily;

import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.quiz.Question;
import dev.studybot.quiz.QuestionGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The question of the day of an excerpt: a quiz question about one of its own sentences, from the quiz generator
 * (so the quiz's rules on good questions apply). Each pass gets another question where the excerpt gives several:
 * the second pass never repeats the first's. The choice depends only on the document, the excerpt and the pass, so a
 * retry, a restart or a second process picks the same one.
 */
public final class DailyQuestions {

    /** The seeds of the generations asked: one pool gives at most one question a sentence, so several are asked. */
    static final List<Long> SEEDS = List.of(20221016L, 20230729L, 20240301L);

    private final DocumentLibrary library;
    private final QuestionGenerator generator;
    /** The questions of each document (by content), per seed in order, generated once. */
    private final Map<String, List<Question>> byDocument = new ConcurrentHashMap<>();

    public DailyQuestions(DocumentLibrary library, QuestionGenerator generator) {
        this.library = library;
        this.generator = generator;
    }

    /** The question of the day for an excerpt in a pass; empty when none of its sentences gives a question. */
    public Optional<Question> pick(Excerpt excerpt, Pass pass) {
        List<Question> candidates = candidates(excerpt);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(candidates.get((pass.number() - 1) % candidates.size()));
    }

    /**
     * The questions about the excerpt's sentences, best first: a question about another sentence before a second
     * question about the same one, so that the passes ask about different things.
     */
    List<Question> candidates(Excerpt excerpt) {
        Optional<Document> document = library.find(excerpt.docId());
        if (document.isEmpty()) {
            return List.of();
        }
        Map<String, List<Question>> bySentence = new LinkedHashMap<>();
        for (Question q : questions(document.get())) {
            if (q.source().paragraph() >= excerpt.firstParagraph() && q.source().paragraph() <= excerpt.lastParagraph()
                    && excerpt.text().contains(q.source().text().strip())) {
                List<Question> same = bySentence.computeIfAbsent(q.source().text(), s -> new ArrayList<>());
                if (same.stream().noneMatch(other -> other.id().equals(q.id()) || other.type() == q.type())) {
                    same.add(q);
                }
            }
        }
        bySentence.values().forEach(same -> same.sort(Comparator.comparingInt(DailyQuestions::rank)));
        List<List<Question>> sentences = new ArrayList<>(bySentence.values());
        sentences.sort(Comparator.comparingInt(same -> rank(same.get(0))));
        List<Question> ordered = new ArrayList<>();
        for (int round = 0; ordered.size() < bySentence.values().stream().mapToInt(List::size).sum(); round++) {
            for (List<Question> same : sentences) {
                if (round < same.size()) {
                    ordered.add(same.get(round));
                }
            }
        }
        return ordered;
    }

    /**
     * How well a kind of question suits a question of the day, best first: a list to complete, a word to fill in, a
     * fact to name; then true or false; last, which of four near-identical statements is the original (hard to
     * read on a phone, and its swapped words are the likeliest to be silly).
     */
    static int rank(Question q) {
        return switch (q.type()) {
            case MULTIPLE_CHOICE -> 0;
            case FILL_BLANK -> 1;
            case SINGLE_CHOICE -> q.prompt().contains("下列表述与原文一致") ? 4 : 2;
            case TRUE_FALSE -> 3;
        };
    }

    private List<Question> questions(Document document) {
        return byDocument.computeIfAbsent(document.id() + "@" + document.contentHash(), key -> {
            List<Question> all = new ArrayList<>();
            for (long seed : SEEDS) {
                all.addAll(generator.generate(List.of(document), library.documents(), seed));
            }
            return List.copyOf(all);
        });
    }
}
