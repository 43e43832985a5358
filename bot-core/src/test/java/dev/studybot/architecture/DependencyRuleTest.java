package dev.studybot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the dependency rule true: the core knows nothing of platforms, terminals or the app. */
class DependencyRuleTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.studybot");

    @Test
    void coreNeverUsesPlatformLibraries() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "net.dv8tion..", "org.telegram..", "okhttp3..", "picocli..", "ch.qos.logback..")
                .check(core);
    }

    @Test
    void coreNeverUsesTheAdaptersOrTheApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "dev.studybot.console..", "dev.studybot.telegram..", "dev.studybot.discord..", "dev.studybot.app..")
                .check(core);
    }

    @Test
    void documentsAndSearchDoNotKnowTheConversation() {
        noClasses().that().resideInAnyPackage("dev.studybot.document..", "dev.studybot.search..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.studybot.chat..")
                .check(core);
    }
}
