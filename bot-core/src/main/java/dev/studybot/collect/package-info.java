/**
 * Collections the rest of StudyBot shares, core and adapters alike: bounded maps for caches and for what a chat
 * remembers for a while (the last answers, the polls sent, the questions posted).
 */
package dev.studybot.collect;
