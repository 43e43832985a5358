package dev.studybot.daily;

/**
 * A pass through a chat's documents: the first reads them, the second reviews them (each excerpt as a recall
 * exercise with another question of the day), the third reads again, and so on.
 *
 * @param number the pass, 1 the first time (a reading position's cycle)
 */
public record Pass(int number) {

    public Pass {
        if (number < 1) {
            throw new IllegalArgumentException("passes count from 1: " + number);
        }
    }

    /** What a pass does with each excerpt. */
    public enum Kind {
        /** The excerpt is read, with a question to reflect on. */
        READING,
        /** The excerpt comes back with its key terms blanked, to be recalled (默写). */
        RECALL
    }

    /** Odd passes read, even passes review. */
    public Kind kind() {
        return number % 2 == 1 ? Kind.READING : Kind.RECALL;
    }

    /** Whether this pass reviews. */
    public boolean recalls() {
        return kind() == Kind.RECALL;
    }
}
