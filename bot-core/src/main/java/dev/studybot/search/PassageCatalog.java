package dev.studybot.search;

import dev.studybot.document.Document;
import dev.studybot.document.DocumentLibrary;
import dev.studybot.document.Passage;
import dev.studybot.document.PassageSplitter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

/**
 * Every passage of the library in one numbered list (the index stores the number), with the documents' titles,
 * and a fingerprint that changes whenever the documents or the way they are cut change.
 */
public final class PassageCatalog {

    /** The share of a document's passages that name a place or a person for it to be the document's setting. */
    private static final double SETTING_SHARE = 1.0 / 3;

    /** Bump when splitting or analysis changes, so that existing indexes are rebuilt. */
    static final String FORMAT_VERSION = "passages-15";

    /** Below this many passages one thread folds them fast enough. */
    private static final int PARALLEL_FOLD_FROM = 2000;

    private final List<Passage> passages;
    /**
     * Each passage's text folded by {@link ChineseNormalizer}, once, on first use: indexing and re-scoring both
     * read it (a catalog nobody searches never pays for it).
     */
    private List<String> folded;
    private final Map<String, String> titles;
    private final Map<String, String> fullTitles;
    private final String fingerprint;
    /** Each document's passages: a document's passages follow one another in the list. */
    private final Map<String, Range> ranges = new LinkedHashMap<>();

    /**
     * The numbers of one document's passages.
     *
     * @param from the first
     * @param to   one past the last
     */
    public record Range(int from, int to) {

        /** How many passages. */
        public int size() {
            return to - from;
        }
    }

    private PassageCatalog(List<Passage> passages, Map<String, String> titles, Map<String, String> fullTitles,
                           String fingerprint) {
        this.passages = List.copyOf(passages);
        this.titles = Collections.unmodifiableMap(titles);
        this.fullTitles = Map.copyOf(fullTitles);
        this.fingerprint = fingerprint;
        for (int number = 0; number < this.passages.size(); number++) {
            int at = number;
            ranges.merge(this.passages.get(number).docId(), new Range(number, number + 1),
                    (known, next) -> new Range(known.from(), at + 1));
        }
    }

    /** The ids of the catalog's documents that a scope includes, in library order. */
    public List<String> documentsIn(SearchScope scope) {
        return titles().keySet().stream().filter(scope::includes).toList();
    }

    /** The one document a scope includes, if it includes exactly one. */
    public Optional<String> soleDocumentIn(SearchScope scope) {
        List<String> documents = documentsIn(scope);
        return documents.size() == 1 ? Optional.of(documents.getFirst()) : Optional.empty();
    }

    /** The numbers of a document's passages (an empty range for a document the catalog does not hold). */
    public Range passagesOf(String documentId) {
        return ranges.getOrDefault(documentId, new Range(0, 0));
    }

    /** The passages of every document of the library, in library order. */
    public static PassageCatalog of(DocumentLibrary library) {
        PassageSplitter splitter = new PassageSplitter();
        List<Passage> passages = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> fullTitles = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        digest.update(FORMAT_VERSION.getBytes(StandardCharsets.UTF_8));
        for (Document document : library.documents()) {
            splitter.headline(document).ifPresent(passages::add);
            passages.addAll(splitter.passages(document));
            titles.put(document.id(), document.title());
            fullTitles.put(document.id(), document.fullTitle());
            digest.update((document.id() + ":" + document.contentHash() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new PassageCatalog(passages, titles, fullTitles, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** All passages; a passage's index in this list is its number in the index. */
    public List<Passage> passages() {
        return passages;
    }

    /** The passage with this number. */
    public Passage passage(int number) {
        return passages.get(number);
    }

    /** The folded text ({@link ChineseNormalizer}) of the passage with this number. */
    public String folded(int number) {
        return foldedTexts().get(number);
    }

    /**
     * The folded texts of all passages, in passage order. A large library is folded in slices on several named
     * threads: this runs before any passage can be indexed (the key terms come from all of them).
     */
    public synchronized List<String> foldedTexts() {
        if (folded == null) {
            int threads = passages.size() < PARALLEL_FOLD_FROM ? 1
                    : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            folded = threads == 1 ? List.copyOf(fold(0, passages.size())) : foldInParallel(threads);
        }
        return folded;
    }

    private List<String> fold(int from, int to) {
        ChineseNormalizer normalizer = new ChineseNormalizer();
        List<String> texts = new ArrayList<>(to - from);
        for (Passage passage : passages.subList(from, to)) {
            texts.add(normalizer.normalize(passage.text()));
        }
        return texts;
    }

    private List<String> foldInParallel(int threads) {
        List<List<String>> slices = new ArrayList<>(Collections.nCopies(threads, List.of()));
        int size = passages.size();
        try {
            ParallelWork.run("studybot-fold", threads,
                    slice -> slices.set(slice, fold(size * slice / threads, size * (slice + 1) / threads)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while folding passages", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
        List<String> texts = new ArrayList<>(size);
        slices.forEach(texts::addAll);
        return List.copyOf(texts);
    }

    /** The title of a document. */
    public String title(String documentId) {
        return titles.getOrDefault(documentId, documentId);
    }

    /** The title of a document with its subtitle ({@link Document#fullTitle()}), as a source line shows it. */
    public String fullTitle(String documentId) {
        return fullTitles.getOrDefault(documentId, title(documentId));
    }

    /**
     * Whether a place or a person is a document's setting (四川 in a report on Sichuan, 习近平 in one on his visit):
     * named in its title or headline, or in at least a third of its passages. Every passage speaks of it, so naming
     * it tells no passage apart.
     */
    public boolean isSetting(String documentId, String name) {
        if (fullTitle(documentId).contains(name)) {
            return true;
        }
        Range passages = passagesOf(documentId);
        long naming = IntStream.range(passages.from(), passages.to()).filter(n -> folded(n).contains(name)).count();
        return naming >= SETTING_SHARE * passages.size();
    }

    /** The documents' titles by id, in library order. */
    public Map<String, String> titles() {
        return titles;
    }

    /** Changes whenever a document, the set of documents, or the passage format changes. */
    public String fingerprint() {
        return fingerprint;
    }
}
