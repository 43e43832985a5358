package dev.studybot.quiz;

import dev.studybot.document.Document;
import dev.studybot.document.LibraryLoader;

/** Documents the quiz tests share. */
final class QuizFixtures {

    private static Document report;

    private QuizFixtures() {
    }

    /** The bundled report to the 20th Party Congress. */
    static synchronized Document report() {
        if (report == null) {
            report = new LibraryLoader().bundled().stream().filter(d -> d.id().equals("cpc-congress-20"))
                    .findFirst().orElseThrow();
        }
        return report;
    }
}
