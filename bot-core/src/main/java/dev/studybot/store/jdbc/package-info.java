/**
 * The storage ports over JDBC, for both databases StudyBot runs on: SQLite (a file in the data folder, the
 * default) and PostgreSQL (a server several processes share). One {@link dev.studybot.store.jdbc.Database} per
 * process (a HikariCP pool, Jdbi, Flyway migrations from {@code db/migration}); the stores speak SQL both
 * databases understand, with prepared statements only, and differ only where {@link dev.studybot.store.jdbc.Dialect}
 * says: how a transaction locks, how a process holds an exclusive role, how the catalog is read.
 */
package dev.studybot.store.jdbc;
