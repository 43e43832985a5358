package dev.studybot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The dependency rules of StudyBot, checked in the app module because only here is every module on the classpath:
 * a rule about adapters checked where no adapter exists could never fail.
 */
final class ArchitectureRules {

    /** The front ends and the app; every other class under {@code dev.studybot} is bot-core. */
    static final String[] ADAPTERS = {"dev.studybot.console..", "dev.studybot.telegram..", "dev.studybot.discord..",
            "dev.studybot.app.."};
    /** Libraries of one platform or of the app, which bot-core must never see. */
    static final String[] PLATFORM_LIBRARIES = {"net.dv8tion..", "org.telegram..", "okhttp3..", "picocli..",
            "ch.qos.logback.."};

    /** Production classes only: test classes and the test jar of bot-core (shared fixtures) are left out. */
    static final ImportOption PRODUCTION_ONLY = (Location location) -> !location.contains("/test-classes/")
            && !location.contains("-tests.jar");

    static final ArchRule CORE_USES_NO_PLATFORM_LIBRARY = noClasses()
            .that().resideInAPackage("dev.studybot..").and().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(PLATFORM_LIBRARIES)
            .as("bot-core uses no platform library");

    static final ArchRule CORE_USES_NO_ADAPTER = noClasses()
            .that().resideInAPackage("dev.studybot..").and().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .as("bot-core uses no adapter and not the app");

    static final ArchRule ADAPTERS_DO_NOT_KNOW_EACH_OTHER = CompositeArchRule
            .of(adapter("dev.studybot.console..", "dev.studybot.telegram..", "dev.studybot.discord..",
                    "dev.studybot.app..", "net.dv8tion..", "org.telegram.."))
            .and(adapter("dev.studybot.telegram..", "dev.studybot.console..", "dev.studybot.discord..",
                    "dev.studybot.app..", "net.dv8tion.."))
            .and(adapter("dev.studybot.discord..", "dev.studybot.console..", "dev.studybot.telegram..",
                    "dev.studybot.app..", "org.telegram..", "okhttp3.."))
            .as("adapters do not use each other, another platform's library or the app");

    /** Every package is a slice of its own ({@code dev.studybot} and each package below it). */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.(**)").should().beFreeOfCycles()
            .as("no package cycles");

    static final ArchRule DOCUMENTS_AND_SEARCH_DO_NOT_KNOW_THE_CONVERSATION = noClasses()
            .that().resideInAnyPackage("dev.studybot.document..", "dev.studybot.search..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.studybot.chat..")
            .as("documents and search do not know the conversation");

    private ArchitectureRules() {
    }

    private static ArchRule adapter(String adapter, String... forbidden) {
        return noClasses().that().resideInAPackage(adapter).should().dependOnClassesThat()
                .resideInAnyPackage(forbidden);
    }
}
