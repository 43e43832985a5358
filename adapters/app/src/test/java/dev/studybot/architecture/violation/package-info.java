/** Classes made to break the architecture rules, to show that each rule can fail; never part of the bot. */
package dev.studybot.architecture.violation;
