/** Helpers shared by tests. */
package dev.studybot.testing;
