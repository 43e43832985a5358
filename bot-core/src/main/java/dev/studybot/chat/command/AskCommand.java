package dev.studybot.chat.command;

import dev.studybot.chat.Action;
import dev.studybot.chat.Button;
import dev.studybot.chat.Command;
import dev.studybot.chat.CommandRequest;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.chat.spec.CommandSpec;
import dev.studybot.chat.spec.Parameter;
import dev.studybot.chat.spec.Phrase;
import dev.studybot.chat.spec.TextType;
import dev.studybot.search.PassageSearch;
import dev.studybot.search.SearchResult;
import dev.studybot.search.SearchScope;
import java.util.List;
import java.util.Optional;

/**
 * {@code /ask question}, and every plain message: the best passage for the question, cited, with a button for
 * more; or a plain "not found" when the documents do not answer it.
 */
public final class AskCommand implements Command {

    /** Questions longer than this get a message instead of a search. */
    public static final int MAX_QUESTION_CHARS = 200;
    /** The first answer plus two more for {@code /more}. */
    static final int PASSAGES_PER_QUESTION = 3;
    /** The question: all the text after {@code /ask}, or a whole plain message. */
    public static final Parameter<String> QUESTION = Parameter.required("question",
            new TextType(MAX_QUESTION_CHARS, Optional.of(Phrase.of("ask.tooLong", MAX_QUESTION_CHARS))));
    private static final CommandSpec SPEC = CommandSpec.named("ask").parameter(QUESTION)
            .usage(Phrase.of("ask.empty")).build();

    private final PassageSearch search;
    private final RecentAnswers recent;
    private final AnswerFormatter formatter = new AnswerFormatter();

    public AskCommand(PassageSearch search, RecentAnswers recent) {
        this.search = search;
        this.recent = recent;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public List<Reply> run(CommandRequest request) {
        Messages messages = request.messages();
        String question = request.arguments().value(QUESTION);
        if (notChinese(question)) {
            // The documents are Chinese and so is every index of them: say so rather than "nothing found".
            return List.of(TextReply.of(messages.get("ask.chineseOnly")));
        }
        SearchResult result = search.search(question, new SearchScope(request.settings().scope()),
                PASSAGES_PER_QUESTION);
        if (!result.answered() || result.hits().isEmpty()) {
            recent.remember(request.origin().chat(), question, List.of());
            return List.of(TextReply.of(notFound(result.named(), messages)));
        }
        var rest = result.hits().subList(1, result.hits().size());
        recent.remember(request.origin().chat(), question, rest);
        List<Button> buttons = rest.isEmpty() ? List.of()
                : List.of(new Button(messages.get("ask.moreButton"), new Action.More()));
        return List.of(new TextReply(formatter.format(result.hits().get(0), messages), buttons));
    }

    /** A question in letters without a Chinese character ("Who chaired the meeting?"). */
    static boolean notChinese(String question) {
        boolean letters = question.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        boolean han = question.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return letters && !han;
    }

    /** Nothing found: said of the documents the question names, when it names some. */
    private static String notFound(SearchResult.NamedDocuments named, Messages messages) {
        if (named.titles().isEmpty()) {
            return messages.get("ask.notFound");
        }
        String titles = String.join("》《", named.titles());
        if (named.outOfScope()) {
            return messages.get("ask.notInScope", titles);
        }
        return named.nothingElse() ? messages.get("ask.whichPart", titles) : messages.get("ask.notFoundIn", titles);
    }
}
