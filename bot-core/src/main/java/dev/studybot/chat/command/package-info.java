/**
 * The commands of asking and choosing: {@code /help}, {@code /ask} (and plain questions), {@code /more},
 * {@code /docs}, {@code /use}, {@code /lang}. Quiz and daily commands live with their capabilities.
 */
package dev.studybot.chat.command;
