/**
 * Quizzes: questions generated from the documents (fill in the blank, single choice, multiple choice, true or
 * false) by finding a report's key facts first ({@link dev.studybot.quiz.FactFinder}) and then putting each as a
 * question ({@link dev.studybot.quiz.QuestionWriter}); timed quiz sessions in a chat with scores and rankings,
 * lasting standings, and Leitner-spaced review of missed questions. Platform-neutral: questions leave as
 * {@link dev.studybot.chat.Reply.QuizQuestionReply} and answers come back as button presses or typed letters.
 */
package dev.studybot.quiz;
