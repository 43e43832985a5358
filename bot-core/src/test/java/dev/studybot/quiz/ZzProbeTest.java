package dev.studybot.quiz;

import dev.studybot.document.LibraryLoader;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ZzProbeTest {
    @Test
    void probe() {
        var report = new LibraryLoader().bundled().get(0);
        String corpus = report.paragraphs().stream().map(p -> p.text()).reduce("", (a, b) -> a + b + "\n");
        QuestionWriter w = new QuestionWriter(corpus, new Random(3));
        QuestionRules rules = new QuestionRules();
        for (AnalyzedSentence s : new DocumentAnalyzer(new TermExtractor()).analyze(report)) {
            System.out.println("PROBE S p" + s.paragraph() + " " + s.text().substring(0, Math.min(30, s.text().length())));
            for (Fact f : s.facts()) {
                System.out.println("PROBE   F " + f.key() + " " + f.kind() + " wrong=" + f.wrong());
                for (QuestionType t : QuestionType.values()) {
                    w.write(t, s, f).ifPresent(q -> System.out.println("PROBE     " + t + " " + rules.violations(q) + " " + q.prompt() + " || " + q.options()));
                }
            }
        }
    }
}
