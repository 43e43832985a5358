/** Test fixtures shared by the core's and the adapters' tests: small documents, a wired core, the shared library. */
package dev.studybot.testing;
