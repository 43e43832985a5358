package dev.studybot.store.jdbc;

/**
 * The two databases StudyBot stores in. The stores speak SQL both understand; what differs is how a transaction
 * takes its lock, how a process holds an exclusive role, and how the catalog is read.
 */
public enum Dialect {
    /** A file in the data folder, the embedded default. */
    SQLITE("sqlite"),
    /** A shared server, for several processes. */
    POSTGRESQL("postgresql");

    private final String label;

    Dialect(String label) {
        this.label = label;
    }

    /** The name reports and the command line use: {@code sqlite}, {@code postgresql}. */
    public String label() {
        return label;
    }
}
