/** Console front end: a terminal (or piped) chat with one user. */
package dev.studybot.console;
