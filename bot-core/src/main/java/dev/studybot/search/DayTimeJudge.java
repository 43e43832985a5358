package dev.studybot.search;

/** A question anchored to a day (明天, 这周末) is answered only when the first passage says the same. */
final class DayTimeJudge extends FirstPassageJudge {


    DayTimeJudge(PassageCatalog catalog) {
        super(catalog);
    }

    @Override
    boolean answers(SearchQuestion question, String first) {
        return question.dayWords().stream().allMatch(first::contains);
    }
}
