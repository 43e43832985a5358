package dev.studybot.search;

/** A stage that finds candidate passages for a question; the engine runs its stages in order into one pool. */
interface CandidateStage {

    /** Adds this stage's candidates of the question, searched in this index, to the pool. */
    void collect(SearchQuestion question, PassageIndex index, CandidatePool pool);
}
