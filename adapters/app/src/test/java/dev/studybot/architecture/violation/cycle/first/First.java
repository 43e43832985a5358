package dev.studybot.architecture.violation.cycle.first;

import dev.studybot.architecture.violation.cycle.second.Second;

/** One half of a package cycle: uses {@link Second}, which uses this class. */
public final class First {

    /** Goes to the other package. */
    public Second next() {
        return new Second();
    }
}
