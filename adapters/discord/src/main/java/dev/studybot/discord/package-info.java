/** Discord front end: translates JDA interactions into core commands and core replies into embeds and components. */
package dev.studybot.discord;
