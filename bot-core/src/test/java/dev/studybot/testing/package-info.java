/** Test fixtures shared by the core's and the adapters' tests: small documents and a wired core. */
package dev.studybot.testing;
