package dev.studybot.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * POI logs through the Log4j API. Without a provider Log4j prints "Log4j API could not find a logging provider"
 * as an ERROR on every run that reads a .docx; routed to SLF4J, its messages go where StudyBot's go.
 */
class Log4jRoutingTest {

    @Test
    void theLog4jApiThatPoiUsesWritesToSlf4j() {
        assertEquals("org.apache.logging.slf4j.SLF4JLoggerContextFactory",
                LogManager.getFactory().getClass().getName());
    }
}
