/** Telegram front end: translates Bot API updates into core commands and core replies into Telegram messages. */
package dev.studybot.telegram;
