package dev.studybot.quiz;

import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.model.Language;
import dev.studybot.model.Member;
import dev.studybot.store.AnswerRecord;
import dev.studybot.store.MemberTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One running quiz in one chat: its questions, the open one and its deadline, the answers to it, and everyone's
 * totals. Its life is {@link Phase#READY} → {@link Phase#OPEN} (one question after another) → {@link Phase#ENDED}.
 * Not thread-safe by itself: {@link QuizEngine} works on it while holding its monitor.
 */
final class QuizSession {

    /** Where a session is in its life. */
    enum Phase {
        /** Started, no question opened yet. */
        READY,
        /** A question is open for answers until the deadline. */
        OPEN,
        /** Finished, stopped or abandoned: nothing more happens. */
        ENDED
    }

    private final String id;
    private final ChatId chat;
    private final ChatType chatType;
    private final Member starter;
    private final List<Question> questions;
    private final Duration openFor;
    private final Language language;
    private final Set<String> scope;
    private final Map<String, AnswerRecord> answersToCurrent = new LinkedHashMap<>();
    private final Map<String, MemberTotals> totals = new LinkedHashMap<>();
    private Phase phase = Phase.READY;
    private int current = -1;
    private Instant deadline;

    QuizSession(String id, ChatId chat, ChatType chatType, Member starter, List<Question> questions,
                Duration openFor, Language language, Set<String> scope) {
        this.id = id;
        this.chat = chat;
        this.chatType = chatType;
        this.starter = starter;
        this.questions = List.copyOf(questions);
        this.openFor = openFor;
        this.language = language;
        this.scope = Set.copyOf(scope);
    }

    String id() {
        return id;
    }

    ChatId chat() {
        return chat;
    }

    ChatType chatType() {
        return chatType;
    }

    Member starter() {
        return starter;
    }

    Duration openFor() {
        return openFor;
    }

    /** The chat's language when the quiz started: what it is announced in. */
    Language language() {
        return language;
    }

    /** The documents the questions were drawn from (their pool names a sentence's key facts, for hints). */
    Set<String> scope() {
        return scope;
    }

    int total() {
        return questions.size();
    }

    Phase phase() {
        return phase;
    }

    /** Whether question {@code number} is the open one. */
    boolean isOpen(int number) {
        return phase == Phase.OPEN && number() == number;
    }

    /** 1-based number of the open (or last) question, 0 before the first. */
    int number() {
        return current + 1;
    }

    Question question() {
        return questions.get(current);
    }

    Instant deadline() {
        return deadline;
    }

    boolean hasNext() {
        return current + 1 < questions.size();
    }

    /** Opens the next question until {@code newDeadline}. */
    void openNext(Instant newDeadline) {
        if (phase == Phase.ENDED || !hasNext()) {
            throw new IllegalStateException("quiz " + id + " has no question to open");
        }
        current++;
        deadline = newDeadline;
        answersToCurrent.clear();
        phase = Phase.OPEN;
    }

    boolean answered(String memberId) {
        return answersToCurrent.containsKey(memberId);
    }

    /** Counts a stored answer. */
    void count(AnswerRecord answer) {
        answersToCurrent.put(answer.memberId(), answer);
        totals.merge(answer.memberId(), MemberTotals.of(answer), MemberTotals::plus);
    }

    List<AnswerRecord> answersToCurrent() {
        return new ArrayList<>(answersToCurrent.values());
    }

    List<MemberTotals> totals() {
        return new ArrayList<>(totals.values());
    }

    void end() {
        phase = Phase.ENDED;
    }
}
