package dev.studybot.app;

import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.quiz.AnswerPositions;
import dev.studybot.quiz.DocumentAnalyzer;
import dev.studybot.quiz.DrawRules;
import dev.studybot.quiz.Question;
import dev.studybot.quiz.QuestionGenerator;
import dev.studybot.quiz.QuestionJson;
import dev.studybot.quiz.TermExtractor;
import dev.studybot.search.SearchScope;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studybot quiz --export --json}: the questions generated from the documents, one a line. */
@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = "Export the quiz questions generated from the documents.")
final class QuizCli extends Subcommand {

    @Option(names = "--export", required = true, description = "Print the generated questions.")
    boolean export;

    @Option(names = "--json", description = "One JSON object a line (the default is readable text).")
    boolean json;

    @Option(names = "--count", paramLabel = "N",
            description = "A quiz of at most N questions, none asking a fact another asks (default: the whole pool).")
    Integer count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20221016",
            description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (count != null && count < 1) {
            throw new IllegalArgumentException("--count must be at least 1");
        }
        Config config = config();
        DocumentLibrary library = libraryOptions.load(config);
        SearchScope scope = libraryOptions.scope(library);
        List<Document> inScope = library.documents().stream().filter(d -> scope.includes(d.id())).toList();
        QuestionGenerator generator = new QuestionGenerator(new DocumentAnalyzer(new TermExtractor()));
        List<Question> pool = QuestionGenerator.interleave(generator.generate(inScope, library.documents(), seed));
        List<Question> picked = pool;
        if (count != null) {
            // A counted export is a quiz: no fact asked twice, so a short report may give fewer than asked. The whole
            // pool (no count) is every question, for review.
            picked = new java.util.ArrayList<>(DrawRules.export(pool, count));
            if (picked.size() < count) {
                err().println("studybot: the documents give " + picked.size() + " questions that ask no fact twice; "
                        + "exported " + picked.size() + " of the " + count + " asked for");
            }
            // In the pool's order the types take turns (a statement every fourth question, true and false in turn):
            // a pattern a member answers by. Which questions a quiz takes does not depend on their order.
            java.util.Collections.shuffle(picked, new java.util.Random(seed));
        }
        int upTo = picked.size();
        List<Question> questions = AnswerPositions.spread(QuestionGenerator.shuffleStatements(picked, upTo, seed),
                upTo, seed);
        PrintWriter out = out();
        QuestionJson writer = new QuestionJson();
        for (Question q : questions) {
            if (json) {
                out.println(writer.write(q));
            } else {
                out.println("[" + q.type().code() + "] " + q.prompt());
                for (int i = 0; i < q.options().size(); i++) {
                    out.println("  " + (q.answers().contains(i) ? "*" : " ") + (char) ('A' + i) + ". "
                            + q.options().get(i));
                }
                out.println("  " + q.explanation() + "  (" + q.source().doc() + " #" + q.source().paragraph() + ")");
            }
        }
        out.flush();
        return 0;
    }
}
