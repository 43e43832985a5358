package dev.studybot.chat.command;

import dev.studybot.chat.Messages;
import dev.studybot.chat.RichText;
import dev.studybot.search.Hit;

/** Shows a passage with its matched words marked and its source cited. */
public final class AnswerFormatter {

    /** The passage, matched words marked, then its source on its own line. */
    public RichText format(Hit hit, Messages messages) {
        RichText.Builder text = RichText.builder();
        String passage = hit.passage().text();
        int at = 0;
        for (Hit.Highlight highlight : hit.highlights()) {
            int start = Math.max(at, Math.min(highlight.start(), passage.length()));
            int end = Math.max(start, Math.min(highlight.end(), passage.length()));
            text.plain(passage.substring(at, start)).match(passage.substring(start, end));
            at = end;
        }
        text.plain(passage.substring(at));
        text.newline().muted(hit.passage().isHeadline() ? messages.get("answer.sourceHeadline", hit.title())
                : messages.get("answer.source", hit.title(), hit.passage().paragraph()));
        return text.build();
    }
}
