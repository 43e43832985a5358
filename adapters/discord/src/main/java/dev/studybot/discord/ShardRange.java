package dev.studybot.discord;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The Discord shards one process runs, out of how many in all ({@code DISCORD_SHARDS=0-1/4}: shards 0 and 1 of
 * 4). Discord assigns every server to one shard ({@code (server id >> 22) % total}) and direct messages to shard
 * 0, so the processes of a deployment split the servers by running disjoint ranges of the same total.
 *
 * @param first the first shard this process runs
 * @param last  the last one (inclusive)
 * @param total how many shards the bot has in all
 */
public record ShardRange(int first, int last, int total) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*)?/\\s*(\\d+)\\s*");

    public ShardRange {
        if (total < 1 || first < 0 || last < first || last >= total) {
            throw new IllegalArgumentException("DISCORD_SHARDS must name shards within 0.." + (total - 1)
                    + ", first to last, such as 0-1/4 or 2/4; not " + first + "-" + last + "/" + total);
        }
    }

    /** Reads {@code FIRST-LAST/TOTAL} or {@code SHARD/TOTAL}. */
    public static ShardRange parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("DISCORD_SHARDS must look like 0-1/4 (shards 0 and 1 of 4) or 2/4, "
                    + "not " + text);
        }
        try {
            int first = Integer.parseInt(m.group(1));
            int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            return new ShardRange(first, last, Integer.parseInt(m.group(3)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DISCORD_SHARDS has a number too large: " + text);
        }
    }

    /** The shard ids, in order. */
    public List<Integer> shards() {
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    /** Whether this range runs shard 0, which receives the direct messages. */
    public boolean includesDirectMessages() {
        return first == 0;
    }

    @Override
    public String toString() {
        return (first == last ? Integer.toString(first) : first + "-" + last) + "/" + total;
    }
}
