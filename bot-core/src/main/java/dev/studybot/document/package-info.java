/**
 * Documents: reading files (txt, md, docx, pdf), cleaning conversion debris, splitting into paragraphs,
 * sentences and answer-sized passages, with stable ids and titles.
 */
package dev.studybot.document;
