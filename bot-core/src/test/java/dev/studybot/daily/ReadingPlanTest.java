package dev.studybot.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import dev.studybot.store.ReadingPosition;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadingPlanTest {

    private static final String PARAGRAPH = "我们要坚持学习，把理论学习同实际工作结合起来，做到学思用贯通、知信行统一，"
            + "在学习中提高本领，在实践中检验成效，不断推动各项工作取得新进展。";

    private static Document doc(String id, int paragraphs) {
        StringBuilder text = new StringBuilder("标题 " + id + "\n\n");
        for (int i = 0; i < paragraphs; i++) {
            text.append(PARAGRAPH.repeat(3)).append("第").append(i + 1).append("段完。\n\n");
        }
        return new DocumentParser().parse(id + ".txt", text.toString());
    }

    @Test
    void readsDocumentsInLibraryOrderThenStartsAgain() {
        ReadingPlan plan = new ReadingPlan(new DocumentLibrary(List.of(doc("a", 2), doc("b", 2))),
                new ExcerptPlanner());
        ReadingPosition position = ReadingPosition.START;
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            ReadingPlan.Step step = plan.next(position, Set.of()).orElseThrow();
            order.append(step.at().docId()).append(step.excerpt().part()).append('/').append(step.at().cycle())
                    .append(' ');
            position = step.after();
        }
        assertEquals("a1/1 a2/1 b1/1 b2/1 a1/2 a2/2 ", order.toString());
    }

    @Test
    void followsTheScopeAndMovesOnToADocumentAddedSince() {
        Document a = doc("a", 1);
        Document b = doc("b", 1);
        Document c = doc("c", 1);
        ReadingPosition afterA = new ReadingPosition("a", 1, 1);
        ReadingPlan small = new ReadingPlan(new DocumentLibrary(List.of(a)), new ExcerptPlanner());
        assertEquals(2, small.next(afterA, Set.of()).orElseThrow().at().cycle());
        ReadingPlan grown = new ReadingPlan(new DocumentLibrary(List.of(a, b, c)), new ExcerptPlanner());
        assertEquals("b", grown.next(afterA, Set.of()).orElseThrow().at().docId());
        assertEquals("c", grown.next(afterA, Set.of("c")).orElseThrow().at().docId());
        // b left the scope while being read: go on with the next document in scope after it.
        assertEquals("c", grown.next(new ReadingPosition("b", 0, 1), Set.of("a", "c")).orElseThrow().at().docId());
        assertTrue(grown.next(ReadingPosition.START, Set.of("nope")).isEmpty());
    }

    @Test
    void skipsAStubDocument() {
        Document stub = new DocumentParser().parse("stub.txt", "某某文件\n\n的版本包括：\n");
        ReadingPlan plan = new ReadingPlan(new DocumentLibrary(List.of(stub, doc("a", 1))), new ExcerptPlanner());
        assertEquals(List.of("a"), plan.documents(Set.of()).stream().map(Document::id).toList());
        assertEquals("a", plan.next(ReadingPosition.START, Set.of()).orElseThrow().at().docId());
    }
}
