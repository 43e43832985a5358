package dev.studybot.quiz;

import dev.studybot.chat.Messages;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.model.Member;
import dev.studybot.store.AnswerRecord;
import dev.studybot.store.MemberTotals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One running quiz in one chat: its questions, the open one and its deadline, the answers to it, and everyone's
 * totals. Not thread-safe by itself: {@link QuizEngine} works on it while holding its monitor.
 */
final class QuizSession {

    private final String id;
    private final ChatId chat;
    private final ChatType chatType;
    private final Member starter;
    private final List<Question> questions;
    private final Duration openFor;
    private final Messages messages;
    private final Map<String, AnswerRecord> answersToCurrent = new LinkedHashMap<>();
    private final Map<String, MemberTotals> totals = new LinkedHashMap<>();
    private int current = -1;
    private Instant deadline;
    private boolean over;

    QuizSession(String id, ChatId chat, ChatType chatType, Member starter, List<Question> questions,
                Duration openFor, Messages messages) {
        this.id = id;
        this.chat = chat;
        this.chatType = chatType;
        this.starter = starter;
        this.questions = List.copyOf(questions);
        this.openFor = openFor;
        this.messages = messages;
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

    Messages messages() {
        return messages;
    }

    int total() {
        return questions.size();
    }

    /** 1-based number of the open question, 0 before the first. */
    int number() {
        return current + 1;
    }

    Question question() {
        return questions.get(current);
    }

    Instant deadline() {
        return deadline;
    }

    boolean over() {
        return over;
    }

    boolean hasNext() {
        return current + 1 < questions.size();
    }

    /** Opens the next question until {@code deadline}. */
    void openNext(Instant newDeadline) {
        current++;
        deadline = newDeadline;
        answersToCurrent.clear();
    }

    boolean answered(String memberId) {
        return answersToCurrent.containsKey(memberId);
    }

    /** Counts a stored answer. */
    void count(AnswerRecord answer) {
        answersToCurrent.put(answer.memberId(), answer);
        totals.merge(answer.memberId(), new MemberTotals(answer.memberId(), answer.memberName(), 1,
                answer.correct() ? 1 : 0, answer.points()), (a, b) -> new MemberTotals(a.memberId(), b.name(),
                a.answered() + 1, a.correct() + b.correct(), a.points() + b.points()));
    }

    List<AnswerRecord> answersToCurrent() {
        return new ArrayList<>(answersToCurrent.values());
    }

    List<MemberTotals> totals() {
        return new ArrayList<>(totals.values());
    }

    void end() {
        over = true;
    }
}
