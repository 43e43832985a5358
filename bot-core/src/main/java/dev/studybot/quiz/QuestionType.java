package dev.studybot.quiz;

import java.util.Arrays;
import java.util.Optional;

/** The four kinds of question, named as the export writes them. */
public enum QuestionType {
    /** 填空: a real sentence with one key term replaced by a blank, four options. */
    FILL_BLANK("fill_blank"),
    /** 单选: which of four statements agrees with the document. */
    SINGLE_CHOICE("single_choice"),
    /** 多选: every item of an enumeration, mixed with plausible wrong ones. */
    MULTIPLE_CHOICE("multiple_choice"),
    /** 判断: a real statement or one with a term swapped; options 正确/错误. */
    TRUE_FALSE("true_false");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    /** The name in the JSON export, e.g. {@code fill_blank}. */
    public String code() {
        return code;
    }

    /** The type with this export name. */
    public static Optional<QuestionType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
