/** The application: main, configuration and hand wiring of the core to every front end. */
package dev.studybot.app;
