/**
 * What each command takes, declared once ({@link dev.studybot.chat.spec.CommandSpec}): parameters with their types,
 * ranges, defaults, choices and who may give them, and subcommands. The help, Telegram's command menus and Discord's
 * slash commands are made from these declarations; typed text is read by them
 * ({@link dev.studybot.chat.spec.CommandLine}) and a platform form's typed options arrive as a
 * {@link dev.studybot.chat.spec.CommandCall}; both are checked the same way
 * ({@link dev.studybot.chat.spec.CallReader}) into the typed {@link dev.studybot.chat.spec.Arguments} a command runs
 * with. Nothing here knows the conversation: texts are message keys ({@link dev.studybot.chat.spec.Phrase}).
 */
package dev.studybot.chat.spec;
