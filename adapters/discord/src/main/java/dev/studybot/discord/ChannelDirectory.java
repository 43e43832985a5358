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

    /**
     * Whether this process reaches the chat without asking Discord: a server channel of one of its shards, or a
     * direct message when it runs shard 0 (where Discord delivers them).
     */
    default boolean reaches(ChatId chat) {
        return true;
    }

    /** Channels through a shard manager: server channels from the cache, direct messages opened on shard 0. */
    static ChannelDirectory of(ShardManager shards) {
        return new ChannelDirectory() {
            @Override
            public Optional<MessageChannel> find(ChatId chat) {
                Optional<Long> user = DiscordOrigins.directUser(chat);
                if (user.isPresent()) {
                    // Discord delivers direct messages on shard 0.
                    JDA shard = shards.getShardById(0);
                    return shard == null ? Optional.empty()
                            : Optional.of(shard.openPrivateChannelById(user.get()).complete());
                }
                return DiscordOrigins.channel(chat).map(id -> shards.getChannelById(MessageChannel.class, id));
            }

            @Override
            public boolean reaches(ChatId chat) {
                if (DiscordOrigins.directUser(chat).isPresent()) {
                    return shards.getShardById(0) != null;
                }
                return DiscordOrigins.channel(chat)
                        .map(id -> shards.getChannelById(MessageChannel.class, id) != null).orElse(false);
            }
        };
    }
}
