package dev.studybot.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a delivered day holds beside its excerpt: the pass through the documents it belongs to, the question of the
 * day asked with it, the key its answers are stored under, which of the day's messages went out, and when its answer
 * was revealed.
 *
 * @param cycle      the pass through the chat's documents (1 the first time)
 * @param question   the question of the day, as JSON (none when the excerpt gave none)
 * @param answersKey the key members' answers to it are stored under (a quiz id of the answers table)
 * @param partsSent  the day's messages that went out, by name (a retry sends only the others)
 * @param revealedAt when its answer was revealed (with the next excerpt, or at once in a private chat)
 */
public record DayLesson(int cycle, Optional<String> question, Optional<String> answersKey, Set<String> partsSent,
                        Optional<Instant> revealedAt) {

    /** A day with no lesson (skipped). */
    public static final DayLesson NONE = new DayLesson(0, Optional.empty(), Optional.empty(), Set.of(),
            Optional.empty());

    public DayLesson {
        partsSent = Set.copyOf(partsSent);
    }

    /** A lesson of a pass, with the question of the day (JSON) and its answers' key, nothing sent yet. */
    public static DayLesson of(int cycle, Optional<String> question, String answersKey) {
        return new DayLesson(cycle, question, question.map(q -> answersKey), Set.of(), Optional.empty());
    }

    /** A lesson with no question of the day. */
    public static DayLesson withoutQuestion(int cycle) {
        return new DayLesson(cycle, Optional.empty(), Optional.empty(), Set.of(), Optional.empty());
    }

    /** The same lesson once one more of its messages went out. */
    public DayLesson withPartSent(String part) {
        Set<String> sent = new TreeSet<>(partsSent);
        sent.add(part);
        return new DayLesson(cycle, question, answersKey, sent, revealedAt);
    }

    /** The same lesson with its answer revealed at that moment (the first reveal counts). */
    public DayLesson revealed(Instant at) {
        return new DayLesson(cycle, question, answersKey, partsSent, revealedAt.or(() -> Optional.of(at)));
    }
}
