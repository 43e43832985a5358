package dev.studybot.architecture.violation;

import net.dv8tion.jda.api.JDA;

/** Breaks "bot-core uses no platform library": a class outside the adapters that uses JDA. */
public final class CoreClassUsingJda {

    /** Uses JDA. */
    public String status(JDA jda) {
        return jda.getStatus().name();
    }
}
