package dev.studybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * A question that names a province-level region or a country the searched documents never mention, by its name or
 * its short name, is not about them: "跟陕西比，四川…有什么优势" asks a Sichuan report for a comparison it cannot
 * make, however well the rest of its words match. Regions and countries come from lists of general knowledge
 * ({@code search/regions.txt}, {@code search/countries.txt}), not from a recogniser, which is noisy on short
 * questions; a short name in a compound (川渝 names 重庆) counts as a mention.
 */
final class UnmentionedRegionJudge implements Judge {

    private final PassageCatalog catalog;
    private final List<Region> regions;
    /** Whether a document mentions a region, by document id and the region's name, found when first asked. */
    private final Map<String, Boolean> mentions = new ConcurrentHashMap<>();

    /**
     * A region a question may name.
     *
     * @param name   its name as a question uses it (陕西)
     * @param mentions its name and the short names a document may mention it by (陕西, 陕)
     */
    record Region(String name, List<String> mentions) {

        Region {
            mentions = List.copyOf(mentions);
        }
    }

    UnmentionedRegionJudge(PassageCatalog catalog) {
        this.catalog = catalog;
        List<Region> all = new ArrayList<>();
        for (String line : WordLists.lines("/search/regions.txt")) {
            List<String> names = List.of(line.split("\\|"));
            all.add(new Region(names.get(0), names));
        }
        for (String country : WordLists.lines("/search/countries.txt")) {
            all.add(new Region(country, List.of(country)));
        }
        this.regions = List.copyOf(all);
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (!verdict.answered()) {
            return verdict;
        }
        for (Region region : regions) {
            if (question.folded().contains(region.name()) && !mentioned(region, question.searched())) {
                return verdict.abstaining();
            }
        }
        return verdict;
    }

    /** Whether any document of the scope mentions the region. */
    private boolean mentioned(Region region, SearchScope scope) {
        return catalog.titles().keySet().stream().filter(scope::includes)
                .anyMatch(docId -> mentions.computeIfAbsent(docId + "\t" + region.name(),
                        key -> mentionedIn(docId, region)));
    }

    private boolean mentionedIn(String docId, Region region) {
        PassageCatalog.Range passages = catalog.passagesOf(docId);
        return IntStream.range(passages.from(), passages.to()).mapToObj(catalog::folded)
                .anyMatch(text -> region.mentions().stream().anyMatch(text::contains));
    }
}
