package dev.studybot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.studybot.chat.MessengerRouter;
import dev.studybot.model.ChatId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code DISCORD_SHARDS=0-1/4}: the real JDA identifies on the gateway as shards 0 and 1 of 4 and no other, and
 * the process then reaches the channels of those shards' servers and the direct messages (shard 0), and not a
 * channel it has not seen; closing the bot takes its messenger off the router.
 */
@Tag("slow") // end to end: JDA identifies its shards one after another, 5 s apart, as Discord asks
class DiscordShardsEndToEndTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void theShardRangeReachesTheGatewaysIdentify() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            MessengerRouter router = new MessengerRouter();
            DiscordSettings settings = new DiscordSettings("test-token-not-secret", Optional.empty(),
                    Optional.of(discord.apiUrl()), Optional.of(discord.gatewayUrl()),
                    Optional.of(ShardRange.parse("0-1/4")));
            DiscordBot bot = DiscordLauncher.start(settings, DiscordEndToEndTest.dispatcher(), router, CLOCK, builder -> builder
                    .setCompression(Compression.NONE).setGatewayEncoding(GatewayEncoding.JSON));
            try {
                List<DataObject> identifies = discord.awaitIdentifies(2);
                List<List<Integer>> shards = identifies.stream().map(d -> List.of(d.getArray("shard").getInt(0),
                        d.getArray("shard").getInt(1))).sorted((a, b) -> a.get(0) - b.get(0)).toList();
                assertEquals(List.of(List.of(0, 4), List.of(1, 4)), shards);
                assertEquals(4, bot.shards().getShardsTotal());
                assertEquals(2, bot.shards().getShards().size());

                discord.awaitReady();
                assertTrue(router.reaches(new ChatId("discord", FakeDiscord.GUILD_CHANNEL_ID)),
                        "a channel of a server on its shards");
                assertTrue(router.reaches(DiscordOrigins.directChat(Long.parseLong(FakeDiscord.USER_ID))),
                        "direct messages, with shard 0");
                assertFalse(router.reaches(new ChatId("discord", "399999999999999999")), "a channel never seen");
            } finally {
                bot.closeNow();
            }
            assertFalse(router.reaches(new ChatId("discord", FakeDiscord.GUILD_CHANNEL_ID)), "unregistered");
            Thread.sleep(200);
            assertEquals(2, discord.awaitIdentifies(2).size(), "no shard outside the range identified");
        }
    }
}
