/** The architecture rules of every module (ArchUnit), and proof that each can fail. */
package dev.studybot.architecture;
