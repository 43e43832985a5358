/**
 * The chat side of quizzes: {@code /quiz}, {@code /top}, {@code /me}, {@code /review}, the handler of answer
 * buttons ({@code quiz:<quizId>:<number>:<choices>}) and the reader of answers typed as letters.
 */
package dev.studybot.quiz.command;
