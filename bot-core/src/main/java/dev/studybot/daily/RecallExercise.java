package dev.studybot.daily;

import java.util.List;
import java.util.Objects;

/**
 * An excerpt as a recall exercise (默写): its text with key terms blanked, each blank numbered, and the terms that
 * fill them. A term that occurs several times is blanked everywhere under one number.
 *
 * @param pieces  the text in order: plain runs and numbered blanks (paragraphs separated by a line break)
 * @param answers the term of each blank, blank 1 first
 */
public record RecallExercise(List<Piece> pieces, List<String> answers) {

    /** How a blank is shown: its number in brackets, then a line to write on. */
    static final String LINE = "＿＿＿＿";

    public RecallExercise {
        pieces = List.copyOf(pieces);
        answers = List.copyOf(answers);
    }

    /** The text with its blanks shown as {@code （1）＿＿＿＿}. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces) {
            switch (piece) {
                case Piece.Text text -> out.append(text.text());
                case Piece.Blank blank -> out.append(blankText(blank.number()));
            }
        }
        return out.toString();
    }

    /** The answers as one line: {@code （1）两个确立 （2）天府粮仓}. */
    public String answerLine() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < answers.size(); i++) {
            out.append(i == 0 ? "" : " ").append('（').append(i + 1).append('）').append(answers.get(i));
        }
        return out.toString();
    }

    static String blankText(int number) {
        return "（" + number + "）" + LINE;
    }

    /** A piece of the exercise's text. */
    public sealed interface Piece {

        /**
         * Text as the excerpt has it.
         *
         * @param text the text
         */
        record Text(String text) implements Piece {
            public Text {
                Objects.requireNonNull(text, "text");
            }
        }

        /**
         * A blank.
         *
         * @param number its 1-based number (the answer's)
         */
        record Blank(int number) implements Piece {
        }
    }
}
