/**
 * Charts drawn as PNG with JFreeChart, headless, in a bundled font that has the CJK ideographs (so Chinese text is
 * never drawn as boxes): the weekly picture of a chat's study. Knows nothing of chats or languages: it draws the
 * figures and texts it is given.
 */
package dev.studybot.chart;
