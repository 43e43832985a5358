package dev.studybot.search.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Index and query timings of the system beside plain Lucene (StandardAnalyzer) on the same passages.
 *
 * @param passages               passages indexed
 * @param indexMs                the system's index build, milliseconds
 * @param baselineIndexMs        the baseline's index build, milliseconds
 * @param queryMedianUs          the system's median query time, microseconds
 * @param queryP99Us             the system's 99th percentile query time, microseconds
 * @param baselineQueryMedianUs  the baseline's median query time, microseconds
 * @param baselineQueryP99Us     the baseline's 99th percentile query time, microseconds
 * @param heapMb                 heap in use with the system loaded, after a full collection, MiB
 * @param queries                distinct queries timed
 */
@JsonPropertyOrder({"passages", "index_ms", "baseline_index_ms", "query_median_us", "query_p99_us",
        "baseline_query_median_us", "baseline_query_p99_us", "heap_mb", "queries"})
public record BenchResult(
        @JsonProperty("passages") int passages,
        @JsonProperty("index_ms") long indexMs,
        @JsonProperty("baseline_index_ms") long baselineIndexMs,
        @JsonProperty("query_median_us") long queryMedianUs,
        @JsonProperty("query_p99_us") long queryP99Us,
        @JsonProperty("baseline_query_median_us") long baselineQueryMedianUs,
        @JsonProperty("baseline_query_p99_us") long baselineQueryP99Us,
        @JsonProperty("heap_mb") long heapMb,
        @JsonProperty("queries") int queries) {

    /** A readable table of the figures. */
    public String table() {
        return String.format(java.util.Locale.ROOT, """
                %-22s %12s %12s
                %-22s %12d %12d
                %-22s %12d %12d
                %-22s %12d %12d
                %-22s %12d %12d
                %-22s %12d
                %-22s %12d
                """,
                "", "studybot", "lucene-std",
                "passages", passages, passages,
                "index build (ms)", indexMs, baselineIndexMs,
                "query median (us)", queryMedianUs, baselineQueryMedianUs,
                "query p99 (us)", queryP99Us, baselineQueryP99Us,
                "heap after GC (MiB)", heapMb,
                "queries timed", queries);
    }
}
