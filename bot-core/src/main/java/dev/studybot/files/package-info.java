/**
 * Files StudyBot keeps in its data folder from resources of its own jar (native libraries), written whole and moved
 * into place so that a crash or a second process never sees half a file.
 */
package dev.studybot.files;
