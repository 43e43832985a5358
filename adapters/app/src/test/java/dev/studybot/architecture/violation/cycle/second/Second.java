package dev.studybot.architecture.violation.cycle.second;

import dev.studybot.architecture.violation.cycle.first.First;

/** The other half of a package cycle: uses {@link First}, which uses this class. */
public final class Second {

    /** Goes back to the first package. */
    public First back() {
        return new First();
    }
}
