package dev.studybot.app;

import java.util.Set;

/**
 * Chooses the log level before the first logger exists: the bot logs what it does (INFO); one-shot commands,
 * whose output is data or a chat on the terminal, log only warnings. {@code STUDYBOT_LOG_LEVEL} overrides.
 */
final class Logging {

    private static final Set<String> QUIET_COMMANDS = Set.of("ask", "docs", "chat", "eval", "bench", "quiz", "daily",
            "bench-chats", "migrate-store", "backup", "health");

    /** Held so that the levels set on them stay set (java.util.logging keeps loggers weakly). */
    private static final java.util.List<java.util.logging.Logger> QUIETED = new java.util.ArrayList<>();

    private Logging() {
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static void configure(String[] args) {
        String level = System.getenv("STUDYBOT_LOG_LEVEL");
        if (level == null || level.isBlank()) {
            boolean consoleOnly = args.length == 0 && isBlank(System.getenv("TELEGRAM_TOKEN"))
                    && isBlank(System.getenv("DISCORD_TOKEN"));
            boolean quiet = consoleOnly || (args.length > 0 && QUIET_COMMANDS.contains(args[0]));
            level = quiet ? "WARN" : "INFO";
        }
        System.setProperty("studybot.log.level", level);
        // HanLP and Lucene report through java.util.logging; keep their start-up notes out of the output. HanLP sets
        // its logger's level when its constants load: they load first, so that the level set here stays (HanLP notes
        // at the first start that the cache of a dictionary it then builds is missing).
        try {
            Class.forName("com.hankcs.hanlp.utility.Predefine");
        } catch (ClassNotFoundException e) {
            // no HanLP on the class path: nothing to quiet
        }
        for (String name : new String[] {"HanLP", "org.apache.lucene"}) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(java.util.logging.Level.SEVERE);
            QUIETED.add(logger);
        }
    }
}
