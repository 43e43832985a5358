/**
 * The assembled core: {@link dev.studybot.StudyBotCore} wires documents, search, storage, commands, quizzes and
 * daily excerpts into one dispatcher, for the app and for the adapters' end-to-end tests alike.
 */
package dev.studybot;
