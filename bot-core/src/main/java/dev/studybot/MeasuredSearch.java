package dev.studybot;

import dev.studybot.search.PassageSearch;
import dev.studybot.search.SearchResult;
import dev.studybot.search.SearchScope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts the questions the search answered and those it abstained on ({@code studybot.questions}, tagged
 * {@code outcome}), and times every answer ({@code studybot.answer.latency}, with a histogram for percentiles).
 */
final class MeasuredSearch implements PassageSearch {

    private final PassageSearch search;
    private final Counter answered;
    private final Counter abstained;
    private final Timer latency;

    MeasuredSearch(PassageSearch search, MeterRegistry registry) {
        this.search = search;
        this.answered = Counter.builder("studybot.questions").tag("outcome", "answered")
                .description("questions asked, by whether the documents answered them").register(registry);
        this.abstained = Counter.builder("studybot.questions").tag("outcome", "abstained")
                .description("questions asked, by whether the documents answered them").register(registry);
        this.latency = Timer.builder("studybot.answer.latency").description("time to answer a question")
                .publishPercentileHistogram().register(registry);
    }

    @Override
    public SearchResult search(String question, SearchScope scope, int topK) {
        SearchResult result = latency.record(() -> search.search(question, scope, topK));
        (result.answered() && !result.hits().isEmpty() ? answered : abstained).increment();
        return result;
    }
}
