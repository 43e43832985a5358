/**
 * The SQLite implementation of the storage ports: one database file in the data folder, WAL mode, numbered
 * schema migrations ({@code db/migration/V1__chats.sql}, …) applied once each by Flyway, prepared statements only
 * (through Jdbi).
 */
package dev.studybot.store.sqlite;
