package dev.studybot.quiz;

import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The question pools of document scopes, generated once per scope, and draws from them without repeats.
 */
public final class QuestionBank {

    /** The seed of the pools: a pool is the same on every run, so stored question ids stay meaningful. */
    static final long POOL_SEED = 20221016L;

    private final DocumentLibrary library;
    private final QuestionGenerator generator;
    private final Map<String, List<Question>> pools = new ConcurrentHashMap<>();

    public QuestionBank(DocumentLibrary library, QuestionGenerator generator) {
        this.library = library;
        this.generator = generator;
    }

    /** The library the questions come from. */
    public DocumentLibrary library() {
        return library;
    }

    /** Every question of the scope (document ids; empty = all documents). */
    public List<Question> pool(Set<String> scope) {
        String key = String.join(",", new TreeSet<>(scope));
        return pools.computeIfAbsent(key, k -> generator.generate(documents(scope), library.documents(),
                POOL_SEED));
    }

    private List<Document> documents(Set<String> scope) {
        if (scope.isEmpty()) {
            return library.documents();
        }
        return library.documents().stream().filter(d -> scope.contains(d.id())).toList();
    }

    /**
     * Draws {@code count} questions of the pool, those not yet asked first, none twice.
     *
     * @param asked ids already asked in the chat
     * @return the questions, and whether the pool was used up (the chat's record of asked ones starts over)
     */
    public static Draw draw(List<Question> pool, Set<String> asked, int count, Random random) {
        List<Question> fresh = new ArrayList<>();
        List<Question> seen = new ArrayList<>();
        for (Question q : pool) {
            (asked.contains(q.id()) ? seen : fresh).add(q);
        }
        Collections.shuffle(fresh, random);
        Collections.shuffle(seen, random);
        List<Question> chosen = new ArrayList<>(fresh.subList(0, Math.min(count, fresh.size())));
        boolean usedUp = chosen.size() < count || chosen.size() == fresh.size();
        for (int i = 0; chosen.size() < count && i < seen.size(); i++) {
            chosen.add(seen.get(i));
        }
        return new Draw(chosen, usedUp);
    }

    /**
     * The questions drawn for a quiz.
     *
     * @param questions the questions, in order
     * @param usedUp    whether every fresh question has now been asked
     */
    public record Draw(List<Question> questions, boolean usedUp) {
    }
}
