package dev.studybot.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.studybot.architecture.violation.CoreClassUsingAnAdapter;
import dev.studybot.architecture.violation.CoreClassUsingJda;
import dev.studybot.architecture.violation.cycle.first.First;
import dev.studybot.architecture.violation.cycle.second.Second;
import dev.studybot.document.violation.DocumentClassUsingTheConversation;
import dev.studybot.telegram.violation.TelegramClassUsingDiscord;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules hold for every production class of every module, and each rule fails on a class made to
 * break it (a rule that cannot fail would prove nothing).
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ArchitectureRules.PRODUCTION_ONLY)
            .importPackages("dev.studybot");

    @Test
    void everyModuleIsImported() {
        for (String name : List.of("dev.studybot.StudyBotCore", "dev.studybot.chat.Dispatcher",
                "dev.studybot.console.ConsoleChat", "dev.studybot.telegram.TelegramBot",
                "dev.studybot.discord.DiscordBot", "dev.studybot.app.Main")) {
            assertTrue(PRODUCTION.contain(name), name + " is checked");
        }
        assertTrue(PRODUCTION.stream().noneMatch(c -> c.getPackageName().contains("violation")),
                "the fixtures below are not production classes");
    }

    @Test
    void theCoreUsesNoPlatformLibrary() {
        ArchitectureRules.CORE_USES_NO_PLATFORM_LIBRARY.check(PRODUCTION);
        assertBreaks(ArchitectureRules.CORE_USES_NO_PLATFORM_LIBRARY, CoreClassUsingJda.class);
    }

    @Test
    void theCoreUsesNoAdapter() {
        ArchitectureRules.CORE_USES_NO_ADAPTER.check(PRODUCTION);
        assertBreaks(ArchitectureRules.CORE_USES_NO_ADAPTER, CoreClassUsingAnAdapter.class);
    }

    @Test
    void adaptersDoNotKnowEachOther() {
        ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER.check(PRODUCTION);
        assertBreaks(ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER, TelegramClassUsingDiscord.class);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(PRODUCTION);
        assertBreaks(ArchitectureRules.NO_PACKAGE_CYCLES, First.class, Second.class);
    }

    @Test
    void documentsAndSearchDoNotKnowTheConversation() {
        ArchitectureRules.DOCUMENTS_AND_SEARCH_DO_NOT_KNOW_THE_CONVERSATION.check(PRODUCTION);
        assertBreaks(ArchitectureRules.DOCUMENTS_AND_SEARCH_DO_NOT_KNOW_THE_CONVERSATION,
                DocumentClassUsingTheConversation.class);
    }

    private static void assertBreaks(ArchRule rule, Class<?>... violators) {
        JavaClasses classes = new ClassFileImporter().importClasses(violators);
        assertThrows(AssertionError.class, () -> rule.check(classes), rule.getDescription());
    }
}
