package dev.studybot.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands when a shard is ready: on one server when configured (changes show at once),
 * else globally, once, from shard 0 (global commands belong to the application, not to a shard).
 */
final class CommandRegistrar extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRegistrar.class);

    private final List<SlashCommandData> commands;
    private final Optional<String> guildId;

    CommandRegistrar(List<SlashCommandData> commands, Optional<String> guildId) {
        this.commands = List.copyOf(commands);
        this.guildId = guildId;
    }

    @Override
    public void onReady(ReadyEvent event) {
        try {
            JDA jda = event.getJDA();
            if (guildId.isPresent()) {
                Guild guild = jda.getGuildById(guildId.get());
                if (guild != null) {
                    guild.updateCommands().addCommands(commands).queue(
                            done -> LOG.info("registered {} slash commands on server {}", done.size(), guild.getId()),
                            e -> LOG.error("could not register the slash commands on server {}: {}",
                                    guild.getId(), e.toString()));
                } else if (jda.getShardInfo().getShardTotal() == 1) {
                    LOG.warn("DISCORD_GUILD_ID {} is not a server this bot is in: no commands registered",
                            guildId.get());
                }
            } else if (jda.getShardInfo().getShardId() == 0) {
                jda.updateCommands().addCommands(commands).queue(
                        done -> LOG.info("registered {} global slash commands (they may take a while to show)",
                                done.size()),
                        e -> LOG.error("could not register the global slash commands: {}", e.toString()));
            }
        } catch (RuntimeException e) {
            LOG.error("slash command registration failed", e);
        }
    }
}
