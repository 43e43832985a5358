package dev.studybot.discord;

import dev.studybot.model.ChatId;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;

/** Finds the Discord channel of a chat, to post what the core pushes. */
@FunctionalInterface
interface ChannelDirectory {

    /**
     * The chat's channel, or empty when the bot cannot see it. May block to open a direct-message channel, and
     * throws what JDA throws when that fails.
     */
    Optional<MessageChannel> find(ChatId chat);

    /** Channels through a shard manager: server channels from the cache, direct messages opened on shard 0. */
    static ChannelDirectory of(ShardManager shards) {
        return chat -> {
            Optional<Long> user = DiscordOrigins.directUser(chat);
            if (user.isPresent()) {
                // Discord delivers direct messages on shard 0.
                JDA shard = shards.getShardById(0);
                return shard == null ? Optional.empty()
                        : Optional.of(shard.openPrivateChannelById(user.get()).complete());
            }
            return DiscordOrigins.channel(chat).map(id -> shards.getChannelById(MessageChannel.class, id));
        };
    }
}
