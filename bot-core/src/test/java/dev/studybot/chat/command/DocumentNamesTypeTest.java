package dev.studybot.chat.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.DocumentParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /use's documents: suggested by id and by title while they are typed. */
class DocumentNamesTypeTest {

    private final DocumentNamesType type = new DocumentNamesType(new DocumentLibrary(List.of(
            new DocumentParser().parse("sichuan-report.txt", "四川省委常委会会议\n会议强调，要建设天府粮仓。\n"),
            new DocumentParser().parse("gwr-2025.txt", "2025年政府工作报告\n今年发展的主要预期目标是稳中求进。\n"))));

    @Test
    void suggestsIdsMatchingTheLastNameByIdOrTitle() {
        assertTrue(type.suggests());
        assertEquals(List.of("all", "sichuan-report", "gwr-2025"), type.suggest(""));
        assertEquals(List.of("sichuan-report"), type.suggest("四川"));
        assertEquals(List.of("gwr-2025"), type.suggest("GWR"));
        assertEquals(List.of("sichuan-report gwr-2025"), type.suggest("sichuan-report 政府工作"));
        assertEquals(List.of(), type.suggest("没有这份"));
    }

    @Test
    void readsWhatIsTypedAsBefore() {
        assertEquals(new dev.studybot.chat.spec.Parsed.Value<>("sichuan-report gwr-2025"),
                type.read(" sichuan-report gwr-2025 "));
    }
}
