/** The first package of a made-up package cycle. */
package dev.studybot.architecture.violation.cycle.first;
