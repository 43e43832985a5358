package dev.studybot.chat;

import dev.studybot.chat.QuestionRef.DailyQuestion;
import dev.studybot.chat.QuestionRef.QuizQuestion;
import dev.studybot.chat.QuestionRef.ReviewQuestion;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The wire format of {@link Action}s, the text a platform stores in a control (Telegram's callback data, Discord's
 * custom id) and gives back when it is used. This is the only class that knows the format:
 *
 * <pre>{@code
 * more                              the "more" button
 * quiz:<quizId>:<number>:<choices>  an answer to a quiz question; choices 0-based, comma-separated
 * review:<reviewId>:<choices>       an answer to a review question
 * daily:<yyyymmdd>:<choices>        an answer to the question of the day of that local date, in the chat pressed
 * hint:<quizId>:<number>            a hint on a quiz question
 * }</pre>
 *
 * Every encoding fits {@link #MAX_BYTES}, Telegram's limit on callback data (the tightest of the platforms; Discord
 * allows 100 characters): ids are at most {@link #MAX_ID} characters, numbers at most 999, and an answer chooses
 * among at most {@link #MAX_OPTIONS} options.
 */
public final class ActionCodec {

    /** Telegram's limit on callback data, in UTF-8 bytes. */
    public static final int MAX_BYTES = 64;
    /** The longest quiz or review id. */
    public static final int MAX_ID = 12;
    /** The most options a question has (Telegram's limit for a poll). */
    public static final int MAX_OPTIONS = 10;
    /** The highest question number. */
    public static final int MAX_NUMBER = 999;

    private static final String ID = "([A-Za-z0-9]{1," + MAX_ID + "})";
    private static final String NUMBER = "([1-9][0-9]{0,2})";
    private static final String CHOICES = "((?:[0-9](?:,[0-9]){0," + (MAX_OPTIONS - 1) + "})?)";
    private static final Pattern QUIZ_ANSWER = Pattern.compile("quiz:" + ID + ":" + NUMBER + ":" + CHOICES);
    private static final Pattern REVIEW_ANSWER = Pattern.compile("review:" + ID + ":" + CHOICES);
    private static final Pattern DAILY_ANSWER = Pattern.compile("daily:([0-9]{8}):" + CHOICES);
    private static final Pattern HINT = Pattern.compile("hint:" + ID + ":" + NUMBER);
    private static final Pattern VALID_ID = Pattern.compile(ID);

    private ActionCodec() {
    }

    /**
     * The action as a control's payload.
     *
     * @throws IllegalArgumentException when it cannot be carried: an id with other characters than letters and
     *                                  digits or longer than {@link #MAX_ID}, a number out of 1–999, an option
     *                                  index out of 0–9
     */
    public static String encode(Action action) {
        String payload = switch (action) {
            case Action.More more -> "more";
            case Action.Answer answer -> switch (answer.question()) {
                case QuizQuestion q -> "quiz:" + id(q.quizId()) + ":" + number(q.number()) + ":"
                        + choices(answer.choices());
                case ReviewQuestion r -> "review:" + id(r.reviewId()) + ":" + choices(answer.choices());
                case DailyQuestion d -> "daily:" + day(d.day()) + ":" + choices(answer.choices());
            };
            case Action.Hint hint -> "hint:" + id(hint.question().quizId()) + ":" + number(hint.question().number());
        };
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("action payload longer than " + MAX_BYTES + " bytes: " + payload);
        }
        return payload;
    }

    /** The action a payload stands for; empty when it is not one this version of the bot makes. */
    public static Optional<Action> decode(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        if (payload.equals("more")) {
            return Optional.of(new Action.More());
        }
        Matcher m = QUIZ_ANSWER.matcher(payload);
        if (m.matches()) {
            return Optional.of(new Action.Answer(new QuizQuestion(m.group(1), Integer.parseInt(m.group(2))),
                    parseChoices(m.group(3))));
        }
        m = REVIEW_ANSWER.matcher(payload);
        if (m.matches()) {
            return Optional.of(new Action.Answer(new ReviewQuestion(m.group(1)), parseChoices(m.group(2))));
        }
        Matcher daily = DAILY_ANSWER.matcher(payload);
        if (daily.matches()) {
            List<Integer> choices = parseChoices(daily.group(2));
            return parseDay(daily.group(1)).map(d -> new Action.Answer(new DailyQuestion(d), choices));
        }
        m = HINT.matcher(payload);
        if (m.matches()) {
            return Optional.of(new Action.Hint(new QuizQuestion(m.group(1), Integer.parseInt(m.group(2)))));
        }
        return Optional.empty();
    }

    private static String id(String id) {
        if (!VALID_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an id a control can carry: " + id);
        }
        return id;
    }

    /** A date as eight digits, {@code 20261207}. */
    private static String day(LocalDate day) {
        if (day.getYear() < 1000 || day.getYear() > 9999) {
            throw new IllegalArgumentException("a day a control cannot carry: " + day);
        }
        return String.format(java.util.Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(),
                day.getDayOfMonth());
    }

    private static Optional<LocalDate> parseDay(String digits) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8))));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    private static String number(int number) {
        if (number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("question number out of range: " + number);
        }
        return Integer.toString(number);
    }

    private static String choices(List<Integer> choices) {
        if (choices.size() > MAX_OPTIONS || choices.stream().anyMatch(c -> c < 0 || c >= MAX_OPTIONS)) {
            throw new IllegalArgumentException("choices a control cannot carry: " + choices);
        }
        return choices.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> parseChoices(String text) {
        List<Integer> choices = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String part : text.split(",")) {
                choices.add(Integer.parseInt(part));
            }
        }
        return choices;
    }
}
