/** The container image's run as a test can make it here: the runnable jar started with the image's own command. */
package dev.studybot.image;
