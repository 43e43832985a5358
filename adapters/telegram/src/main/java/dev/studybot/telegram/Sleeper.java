package dev.studybot.telegram;

import java.time.Duration;

/** Waits; injected so that tests of the 429 retry need not wait for real. */
@FunctionalInterface
public interface Sleeper {

    /** The real thing. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration);

    void sleep(Duration duration) throws InterruptedException;
}
