package dev.studybot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Points JDA's gateway connections at another URL (a proxy or a Discord-compatible server). The shard count and
 * login concurrency are still asked of the REST API, as usual.
 */
final class GatewayOverride extends SessionControllerAdapter {

    private final String url;

    GatewayOverride(String url) {
        this.url = url;
    }

    @Override
    public String getGateway() {
        return url;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway asked = super.getShardedGateway(api);
        return new ShardedGateway(url, asked.getShardTotal(), asked.getConcurrency());
    }
}
