/**
 * Storage ports: the repository interfaces the core writes through, and the exclusive roles one process at a time
 * holds among several on one database. Implementations live in {@link dev.studybot.store.jdbc} (SQLite, the
 * default, and PostgreSQL) and in tests (in memory).
 */
package dev.studybot.store;
