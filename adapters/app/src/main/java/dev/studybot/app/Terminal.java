package dev.studybot.app;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person sits at this process's terminal (rather than a pipe, a file or a container's closed input). */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when standard input and output are a terminal. JDK 22+ may hand out a {@link Console} for redirected
     * streams too and says so with {@code Console.isTerminal()}, which JDK 21 lacks: it is looked up by name.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only for a terminal
        }
    }
}
