package dev.studybot.discord;

import dev.studybot.chat.Dispatcher;
import dev.studybot.chat.Messages;
import dev.studybot.chat.MessengerRouter;
import dev.studybot.model.ChatId;
import dev.studybot.model.Access;
import dev.studybot.model.Language;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts StudyBot on Discord: a JDA shard manager (Discord requires sharding beyond 2,500 servers) running every
 * shard or the range of {@link DiscordSettings#shards()}, the listener that feeds the dispatcher, the slash-command
 * registration, and the messenger registered on the core's router under {@code discord} (until the bot closes).
 *
 * <p>Only unprivileged intents: server and direct messages arrive without their text except when they mention the
 * bot (and in direct messages), which is all StudyBot reads.
 */
public final class DiscordLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordLauncher.class);
    private static final List<GatewayIntent> INTENTS = List.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.DIRECT_MESSAGES);
    /** Open quiz questions remembered for their reveal. */
    private static final int POSTED_QUESTIONS = 5_000;
    private static final int EVENT_THREADS = 4;

    private DiscordLauncher() {
    }

    /**
     * Connects to Discord and starts answering; returns once the gateway was found (shards log in in the background).
     * Fails with an {@link IllegalArgumentException} when Discord refuses the token and an
     * {@link IllegalStateException} when it cannot be reached (worth trying again).
     *
     * @param settings   token, server and endpoints
     * @param dispatcher the core's inbound port
     * @param router     where the Discord messenger is registered
     * @param clock      the clock of message times
     * @return the running bot, to close on shutdown
     */
    public static DiscordBot start(DiscordSettings settings, Dispatcher dispatcher, MessengerRouter router,
                                   Clock clock) {
        return start(settings, dispatcher, router, clock, Access.open(), builder -> { });
    }

    /** As {@link #start(DiscordSettings, Dispatcher, MessengerRouter, Clock)}, serving these servers and chats. */
    public static DiscordBot start(DiscordSettings settings, Dispatcher dispatcher, MessengerRouter router,
                                   Clock clock, Access access) {
        return start(settings, dispatcher, router, clock, access, builder -> { });
    }

    /** As {@link #start(DiscordSettings, Dispatcher, MessengerRouter, Clock)}, with a last say on the builder. */
    static DiscordBot start(DiscordSettings settings, Dispatcher dispatcher, MessengerRouter router, Clock clock,
                            Consumer<DefaultShardManagerBuilder> customizer) {
        return start(settings, dispatcher, router, clock, Access.open(), customizer);
    }

    /** As {@link #start(DiscordSettings, Dispatcher, MessengerRouter, Clock, Access)}, with a last say on the builder. */
    static DiscordBot start(DiscordSettings settings, Dispatcher dispatcher, MessengerRouter router, Clock clock,
                            Access access, Consumer<DefaultShardManagerBuilder> customizer) {
        Map<Language, Messages> messages = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            messages.put(language, dispatcher.messages(language));
        }
        SlashCommands slash = new SlashCommands(dispatcher.commands(), messages);
        DiscordRenderer renderer = new DiscordRenderer(clock, new AdapterTexts());
        PostedQuestions posted = new PostedQuestions(POSTED_QUESTIONS);
        // The messenger needs the shard manager, which does not exist yet: it looks it up through this holder.
        ShardManager[] shards = new ShardManager[1];
        DiscordMessenger messenger = new DiscordMessenger(new ChannelDirectory() {
            @Override
            public Optional<MessageChannel> find(ChatId chat) {
                return ChannelDirectory.of(shards[0]).find(chat);
            }

            @Override
            public boolean reaches(ChatId chat) {
                return shards[0] != null && ChannelDirectory.of(shards[0]).reaches(chat);
            }
        }, renderer, posted, Duration.ofSeconds(30));
        DiscordListener listener = new DiscordListener(dispatcher, slash, new DiscordOrigins(clock, access), renderer,
                messenger, posted, access);

        ExecutorService events = Executors.newFixedThreadPool(EVENT_THREADS,
                Thread.ofPlatform().name("discord-events-", 1).daemon(true).factory());
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), INTENTS)
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setChunkingFilter(ChunkingFilter.NONE)
                .disableCache(List.of(CacheFlag.values()))
                .setEventPool(events, true)
                .addEventListeners(listener, new CommandRegistrar(slash.commandData(), settings.guildId()));
        settings.apiUrl().ifPresent(url -> builder.setRestConfigProvider(shard -> new RestConfig().setBaseUrl(url)));
        settings.gatewayUrl().ifPresent(url -> builder.setSessionController(new GatewayOverride(url)));
        settings.shards().ifPresent(range -> builder.setShardsTotal(range.total()).setShards(range.shards()));
        customizer.accept(builder);
        LOG.info("connecting to Discord with {}", settings);
        try {
            shards[0] = builder.build();
        } catch (InvalidTokenException e) {
            events.shutdownNow();
            throw new IllegalArgumentException("Discord did not accept the bot token (check DISCORD_TOKEN)");
        } catch (RuntimeException e) {
            events.shutdownNow();
            throw new IllegalStateException("Discord cannot be reached: " + e.getClass().getSimpleName());
        }
        router.register(DiscordOrigins.PLATFORM, messenger);
        return new DiscordBot(shards[0], () -> router.unregister(DiscordOrigins.PLATFORM, messenger));
    }
}
