package dev.studybot.discord;

import java.time.Duration;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;

/** StudyBot running on Discord; closing it disconnects every shard. */
public final class DiscordBot implements AutoCloseable {

    private final ShardManager shards;
    private final Runnable unregister;

    /**
     * @param unregister takes the bot's messenger off the core's router
     */
    DiscordBot(ShardManager shards, Runnable unregister) {
        this.shards = shards;
        this.unregister = unregister;
    }

    /** The shard manager (for tests and diagnostics). */
    ShardManager shards() {
        return shards;
    }

    /** Whether every shard is connected to the gateway. */
    public boolean connected() {
        return !shards.getShards().isEmpty()
                && shards.getShards().stream().allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED);
    }

    /** Blocks until every shard has disconnected or the time is up. */
    public boolean awaitShutdown(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean all = true;
        for (JDA shard : shards.getShards()) {
            all &= shard.awaitShutdown(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        return all;
    }

    /** Disconnects at once, cancelling queued requests. */
    public void closeNow() {
        unregister.run();
        shards.getShards().forEach(JDA::shutdownNow);
        shards.shutdown();
    }

    @Override
    public void close() {
        unregister.run();
        shards.shutdown();
    }
}
