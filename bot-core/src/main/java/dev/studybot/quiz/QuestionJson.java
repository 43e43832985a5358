package dev.studybot.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Questions as JSON, in the export's format:
 * {@code {"id","type","prompt","options","answers","explanation","source":{"doc","paragraph","text"}}}.
 * Review queues store questions this way too.
 */
public final class QuestionJson {

    private final ObjectMapper mapper = new ObjectMapper();

    /** One line of JSON. */
    public String write(Question q) {
        try {
            return mapper.writeValueAsString(new Line(q.id(), q.type().code(), q.prompt(), q.options(), q.answers(),
                    q.explanation(), new SourceLine(q.source().doc(), q.source().paragraph(), q.source().text())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a question always serialises", e);
        }
    }

    /** The question a line of JSON holds. */
    public Question read(String json) {
        try {
            Line line = mapper.readValue(json, Line.class);
            QuestionType type = QuestionType.ofCode(line.type())
                    .orElseThrow(() -> new IllegalArgumentException("unknown question type " + line.type()));
            return new Question(line.id(), type, line.prompt(), line.options(), line.answers(), line.explanation(),
                    new QuestionSource(line.source().doc(), line.source().paragraph(), line.source().text()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a question: " + e.getOriginalMessage(), e);
        }
    }

    /** The export's line, field order as the review reads it. */
    record Line(String id, String type, String prompt, List<String> options, List<Integer> answers,
                String explanation, SourceLine source) {
    }

    /** The export's source object. */
    record SourceLine(String doc, int paragraph, String text) {
    }
}
