/** The second package of a made-up package cycle. */
package dev.studybot.architecture.violation.cycle.second;
