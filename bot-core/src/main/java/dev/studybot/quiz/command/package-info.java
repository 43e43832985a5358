/**
 * The chat side of quizzes: {@code /quiz}, {@code /hint} (and the hint button), {@code /top}, {@code /me},
 * {@code /review}, the handler of answers chosen on a question's controls and the reader of answers typed as letters.
 */
package dev.studybot.quiz.command;
