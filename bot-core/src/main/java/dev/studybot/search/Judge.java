package dev.studybot.search;

/**
 * A stage that looks at the ranking and decides, in turn, whether the documents answer the question; the engine
 * runs its judges in order, each on the verdict of the one before: the first decides from the words (and the model),
 * the next may re-order or withhold the answer for a reason of their own.
 */
interface Judge {

    /** The verdict after this judge. */
    Verdict judge(SearchQuestion question, Verdict verdict);
}
