/**
 * Daily study excerpts: each subscribed chat reads its documents through, one excerpt a day at its own local time,
 * exactly once. {@link dev.studybot.daily.ExcerptPlanner} cuts a document into excerpts,
 * {@link dev.studybot.daily.ReadingPlan} walks a chat's documents, {@link dev.studybot.daily.DailyService} keeps
 * every subscription's state in the database and delivers what is due, and {@link dev.studybot.daily.DailyScheduler}
 * ticks it on a named thread.
 */
package dev.studybot.daily;
