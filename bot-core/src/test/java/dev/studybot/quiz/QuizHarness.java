package dev.studybot.quiz;

import dev.studybot.chat.Announcer;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.Origin;
import dev.studybot.chat.QuestionRef;
import dev.studybot.chat.Reply;
import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.ChatType;
import dev.studybot.model.Language;
import dev.studybot.model.Member;
import dev.studybot.store.jdbc.Database;
import dev.studybot.store.jdbc.JdbcQuizStore;
import dev.studybot.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A quiz engine over the bundled report and a small second document, a real SQLite file, a clock the test
 * moves, and a messenger that records what is pushed.
 */
final class QuizHarness {

    static final Messages ZH = Messages.of(Language.ZH);
    static final QuizPresenter QUIZ = new QuizPresenter();
    static final ReviewPresenter REVIEW = new ReviewPresenter();
    static final ChatId GROUP = new ChatId("test", "group-1");
    static final ChatId PRIVATE = new ChatId("test", "alice-dm");
    /** A short document for scope tests, its sentences shaped like the report's. */
    static final String SMALL = """
            农业农村工作要点
            全面推进乡村振兴，坚持农业农村优先发展，巩固拓展脱贫攻坚成果，加快建设农业强国。
            扎实推动乡村产业、人才、文化、生态、组织振兴。
            全方位夯实粮食安全根基，全面落实粮食安全党政同责，牢牢守住十八亿亩耕地红线。
            发展乡村特色产业，拓宽农民增收致富渠道。
            巩固和完善农村基本经营制度，发展新型农村集体经济，发展新型农业经营主体和社会化服务。
            深化农村土地制度改革，赋予农民更加充分的财产权益。
            保障进城落户农民合法土地权益，鼓励依法自愿有偿转让。
            完善农业支持保护制度，健全农村金融服务体系。
            """;

    private static final QuestionBank BANK;
    static final HintWriter HINTS = new HintWriter(new TermExtractor());
    static final Document SMALL_DOC;

    static {
        SMALL_DOC = new DocumentParser().parse("farm-notes.txt", SMALL);
        DocumentLibrary library = new DocumentLibrary(List.of(QuizFixtures.report(), SMALL_DOC));
        BANK = new QuestionBank(library, new QuestionGenerator(new DocumentAnalyzer(new TermExtractor())));
    }

    final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T08:00:00Z"));
    final List<Pushed> pushed = new CopyOnWriteArrayList<>();
    final Database database;
    final JdbcQuizStore store;
    final ReviewService reviews;
    final QuizEngine engine;
    final Map<ChatId, Messenger.Delivery> deliveries = new ConcurrentHashMap<>();

    QuizHarness(Path folder) {
        database = Database.sqlite(folder.resolve("studybot.db"));
        store = new JdbcQuizStore(database);
        reviews = new ReviewService(store, clock, new Random(3));
        Messenger messenger = (chat, reply) -> {
            pushed.add(new Pushed(chat, reply));
            return deliveries.getOrDefault(chat, Messenger.Delivery.SENT);
        };
        engine = new QuizEngine(BANK, HINTS, store, Announcer.through(QUIZ::present, messenger, Messages.all()),
                clock, new Random(11), reviews::missed);
    }

    /** Starts a quiz; what the chat is told. */
    List<Reply> start(Origin origin, ChatSettings settings, int count, Duration openFor) {
        return QUIZ.present(engine.start(origin, settings, count, openFor), ZH);
    }

    /** Answers a quiz question; what the member and the chat are told. */
    List<Reply> answer(Origin origin, String quizId, int number, List<Integer> choices) {
        return QUIZ.present(engine.answer(origin, quizId, number, choices), ZH);
    }

    /** Presses a question's hint button; what the member is told. */
    List<Reply> hint(Origin origin, String quizId, int number) {
        return QUIZ.present(engine.hint(origin, quizId, number), ZH);
    }

    /** {@code /hint}: a hint on the chat's open question; what the member is told. */
    List<Reply> hint(Origin origin) {
        return QUIZ.present(engine.hint(origin), ZH);
    }

    /** Stops the chat's quiz; what the chat is told. */
    List<Reply> stop(Origin origin) {
        return QUIZ.present(engine.stop(origin), ZH);
    }

    /** {@code /review}; what the member is told. */
    List<Reply> reviewNext(Origin origin) {
        return REVIEW.present(reviews.next(origin), ZH);
    }

    /** Answers a review question; what the member is told. */
    List<Reply> reviewAnswer(Origin origin, String reviewId, List<Integer> choices) {
        return REVIEW.present(reviews.answer(origin, reviewId, choices), ZH);
    }

    static QuestionBank bank() {
        return BANK;
    }

    static Origin member(ChatId chat, String id, boolean admin, Instant at) {
        ChatType type = chat.equals(PRIVATE) ? ChatType.PRIVATE : ChatType.GROUP;
        return new Origin(chat, type, new Member(id, "name-" + id), at, null, () -> admin);
    }

    /** The quiz (or review) id a question's answers point at. */
    static String idOf(Reply.QuizQuestionReply question) {
        return switch (question.question()) {
            case QuestionRef.QuizQuestion q -> q.quizId();
            case QuestionRef.ReviewQuestion r -> r.reviewId();
            case QuestionRef.DailyQuestion d -> d.day().toString();
        };
    }

    Origin member(ChatId chat, String id) {
        return member(chat, id, false, clock.instant());
    }

    /** Moves the clock on and lets the quiz timer run once. */
    void advance(Duration by) {
        clock.set(clock.instant().plus(by));
        engine.tick(clock.instant());
    }

    /**
     * A message the core pushed.
     *
     * @param chat  where to
     * @param reply what
     */
    record Pushed(ChatId chat, Reply reply) {
    }

    }
