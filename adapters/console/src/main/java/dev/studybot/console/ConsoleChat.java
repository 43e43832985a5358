package dev.studybot.console;

import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.IncomingMessage;
import dev.studybot.chat.Messenger;
import dev.studybot.chat.Origin;
import dev.studybot.chat.Reply;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import dev.studybot.model.Member;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;

/**
 * The console front end: one user chatting with the bot over standard input and output. Works piped, without a
 * terminal: it reads lines until end of input. Messages the core pushes (quiz questions, excerpts) are printed as
 * they come. The terminal has no spoiler: hidden text (a recall exercise's answers) is shown when the user types
 * {@value ConsoleRenderer#SHOW_HIDDEN}.
 */
public final class ConsoleChat implements Messenger {

    /** The one console chat. */
    public static final ChatId CHAT = new ChatId("console", "local");
    private static final Member USER = new Member("console-user", System.getProperty("user.name", "you"));

    private final Dispatcher dispatcher;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Clock clock;
    private final ConsoleRenderer renderer = new ConsoleRenderer();
    /** The hidden text of the last reply that had some (a recall exercise's answers). */
    private volatile String hidden;

    public ConsoleChat(Dispatcher dispatcher, BufferedReader in, PrintWriter out, Clock clock) {
        this.dispatcher = dispatcher;
        this.in = in;
        this.out = out;
        this.clock = clock;
    }

    /** Reads and answers lines until the input ends. */
    public void run() throws IOException {
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            if (line.strip().equals(ConsoleRenderer.SHOW_HIDDEN) || line.strip().equals("？")) {
                showHidden();
                continue;
            }
            Origin origin = new Origin(CHAT, ChatType.PRIVATE, USER, clock.instant(), null, () -> true);
            List<Reply> replies = dispatcher.onMessage(new IncomingMessage(origin, line));
            replies.forEach(this::print);
        }
    }

    @Override
    public Delivery send(ChatId chat, Reply reply) {
        if (!CHAT.equals(chat)) {
            return Delivery.BLOCKED;
        }
        print(reply);
        return Delivery.SENT;
    }

    private synchronized void showHidden() {
        out.println(hidden == null ? dispatcher.messagesFor(CHAT).get("console.nothingHidden") : hidden);
        out.println();
        out.flush();
    }

    private synchronized void print(Reply reply) {
        renderer.hidden(reply).ifPresent(text -> hidden = text);
        out.println(renderer.render(reply, dispatcher.messagesFor(CHAT)));
        out.println();
        out.flush();
    }
}
