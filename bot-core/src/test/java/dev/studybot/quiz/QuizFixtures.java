package dev.studybot.quiz;

import dev.studybot.document.Document;
import dev.studybot.testing.SharedLibrary;

/** Documents the quiz tests share. */
final class QuizFixtures {

    private static Document report;

    private QuizFixtures() {
    }

    /** The report to the 20th Party Congress, from the shared library: a long document, rich in every key-term kind. */
    static synchronized Document report() {
        if (report == null) {
            report = SharedLibrary.document("cpc-congress-20");
        }
        return report;
    }
}
