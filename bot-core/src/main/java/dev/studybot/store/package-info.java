/**
 * Storage ports: the repository interfaces the core writes through. Implementations live in
 * {@link dev.studybot.store.sqlite} (SQLite, the default) and in tests (in memory); a server database can
 * replace them without touching the rest of the core.
 */
package dev.studybot.store;
