/** A class made to break the rule that adapters do not use each other; never part of the bot. */
package dev.studybot.telegram.violation;
