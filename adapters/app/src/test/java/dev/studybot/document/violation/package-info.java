/** A class made to break the rule that documents and search do not know the conversation; never part of the bot. */
package dev.studybot.document.violation;
