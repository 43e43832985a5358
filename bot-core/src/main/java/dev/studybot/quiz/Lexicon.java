package dev.studybot.quiz;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The reviewed general-knowledge word lists questions draw wrong options from ({@code quiz/lexicon.txt}: categories
 * such as natural disasters, farm products, the cities of a province, the formulations of policy texts), the other
 * names of the places a report may be about and their region ({@code quiz/aliases.txt}: 四川 is also 川, 蜀, 天府, in
 * the 西部) and the terms never
 * to use as a wrong option ({@code quiz/sensitive.txt}). There is no list of people: a real person's name is never a
 * wrong option. Finds the members in a text in one pass (Aho-Corasick).
 */
public final class Lexicon {

    /** What a category's members are, beyond being each other's wrong options. */
    enum Flag {
        /** Proper names (places, sites, events): one the document says three times is its setting. */
        NAME,
        /** Places and sites: asked as a place. */
        PLACE,
        /** Variants of one formulation that contain each other (山水林田湖草 and 山水林田湖草沙). */
        NESTED,
        /**
         * Set phrases that read equally well in each other's place (视野宏阔/立意高远, 阔步前行/砥砺前行): a blank on
         * one tests rote memory, and a member who reads widely could argue for another, so none is asked.
         */
        ROTE,
        /**
         * What every reader knows without the report, such as geography (长江黄河 and their 上游 for a Sichuan report):
         * never asked.
         */
        KNOWN,
        /**
         * Official formulations each true in general (立足新发展阶段, 贯彻新发展理念): a statement that swaps one in
         * is no false one a member could be sure of, so no draw takes it; choices among them stay.
         */
        OFFICIAL,
        /**
         * Separate tasks a document lays out one clause each (加强组织领导, 深化问题研究, 加强督促检查): the ones it names
         * elsewhere are the wrong options a member mixes up, not also right, so they are kept.
         */
        TASKS
    }

    private final Map<String, List<Category>> categoriesOf = new TreeMap<>();
    private final List<String> sensitive = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    /** A member and the members never to be its wrong option: other names of it and kinds too close to it. */
    private final Map<String, Set<String>> close = new HashMap<>();
    /** A member and the verb it always goes with (两个维护: 做到): after that verb no other member fits. */
    private final Map<String, String> verbs = new HashMap<>();
    /** A member and the provinces it is true of in general (冰雹: 四川): there it is no wrong option. */
    private final Map<String, Set<String>> trueOf = new HashMap<>();
    /** Names of provinces, their other names and regions (海南, 巴蜀, 长三角): an option naming one names a place. */
    private final List<String> placeNames = new ArrayList<>();
    private final Map<String, List<String>> aliases = new TreeMap<>();
    /** A term and the words that, shown in a stem, give it away ({@code quiz/collocations.txt}). */
    private final Map<String, List<String>> cues = new HashMap<>();
    private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();

    /** Loads the lists bundled in the jar. */
    public Lexicon() {
        read("quiz/lexicon.txt", columns -> {
            if (columns.length >= 2) {
                Pattern after = columns.length >= 3 && !columns[2].isBlank()
                        ? Pattern.compile("^(?:" + columns[2] + ")") : null;
                Set<Flag> flags = EnumSet.noneOf(Flag.class);
                if (columns.length >= 4) {
                    for (String flag : columns[3].split("[ ,]+")) {
                        if (!flag.isBlank()) {
                            flags.add(Flag.valueOf(flag.strip().toUpperCase(Locale.ROOT)));
                        }
                    }
                }
                List<String> members = new ArrayList<>();
                for (String token : columns[1].split(" +")) {
                    members.addAll(token(token));
                }
                add(new Category(columns[0], members, after, flags));
            }
        });
        read("quiz/aliases.txt", columns -> {
            if (columns.length >= 2) {
                List<String> names = new ArrayList<>(List.of(columns[1].split(" +")));
                if (columns.length >= 3) {
                    names.add(columns[2]);
                }
                aliases.put(columns[0], List.copyOf(names));
            }
        });
        read("quiz/collocations.txt", columns -> {
            if (columns.length >= 2) {
                cues.put(columns[0], List.of(columns[1].split(" +")));
            }
        });
        read("quiz/sensitive.txt", columns -> {
            if (columns[0].startsWith("!")) {
                topics.add(columns[0].substring(1));
            } else {
                sensitive.add(columns[0]);
            }
        });
        aliases.forEach((place, names) -> {
            placeNames.add(place);
            names.stream().filter(n -> n.length() >= 2 && !n.endsWith("部")).forEach(placeNames::add);
        });
        categoriesOf.forEach((word, categories) -> {
            if (categories.get(0).name().equals("区域名") || categories.get(0).name().equals("地域别称")) {
                placeNames.add(word);
            }
        });
        TreeMap<String, String> words = new TreeMap<>();
        categoriesOf.keySet().forEach(w -> words.put(w, w));
        trie.build(words);
    }

    /**
     * Whether a question on {@code answer} is answered from its stem: the answer is half of a fixed collocation or a
     * topic whose cue words the stem shows (重特大 beside 安全生产事故; 统筹发展和安全 beside 底线思维).
     */
    public boolean predictable(String answer, String stem) {
        return cues.getOrDefault(answer, List.of()).stream().anyMatch(stem::contains);
    }

    /** The cue words that point to {@code answer} from a stem (以城带乡 to 新型城镇化), none when it has none. */
    public List<String> cues(String answer) {
        return cues.getOrDefault(answer, List.of());
    }

    /**
     * The members of one token of a category line: {@code 水灾/洪涝} is one thing under two names, {@code 泥石流~滑坡}
     * two kinds too close to tell apart under an 等 (neither is ever the other's wrong option), {@code 两个维护@做到}
     * a member with the verb it always follows.
     */
    private List<String> token(String token) {
        List<String> names = new ArrayList<>();
        Set<String> provinces = new LinkedHashSet<>();
        int caret = token.indexOf('^');
        if (caret >= 0) {
            provinces.addAll(List.of(token.substring(caret + 1).split(",")));
            token = token.substring(0, caret);
        }
        for (String part : token.split("[/~]")) {
            int at = part.indexOf('@');
            String name = at < 0 ? part : part.substring(0, at);
            if (at >= 0) {
                verbs.put(name, part.substring(at + 1));
            }
            names.add(name);
        }
        names.forEach(n -> close.computeIfAbsent(n, k -> new LinkedHashSet<>()).addAll(names));
        if (!provinces.isEmpty()) {
            names.forEach(n -> trueOf.computeIfAbsent(n, k -> new LinkedHashSet<>()).addAll(provinces));
        }
        return names;
    }

    private void add(Category category) {
        for (String member : category.members()) {
            categoriesOf.computeIfAbsent(member, k -> new ArrayList<>()).add(category);
        }
    }

    private static void read(String resource, Consumer<String[]> line) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                String stripped = text.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    line.accept(stripped.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The members found in a text, longest first where they overlap, each with where it is. A member whose
     * category says what must follow it counts only where that follows.
     */
    public List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        for (AhoCorasickDoubleArrayTrie<String>.Hit<String> hit : trie.parseText(text)) {
            String rest = text.substring(hit.end);
            boolean fits = categoriesOf.get(hit.value).stream()
                    .anyMatch(c -> c.after() == null || c.after().matcher(rest).find());
            if (fits) {
                found.add(new Match(hit.value, hit.begin, hit.end));
            }
        }
        found.sort(Comparator.comparingInt((Match m) -> m.end() - m.start()).reversed()
                .thenComparingInt(Match::start));
        List<Match> kept = new ArrayList<>();
        for (Match m : found) {
            if (kept.stream().noneMatch(k -> m.start() < k.end() && k.start() < m.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    /** Whether the word is a member of some category. */
    public boolean contains(String word) {
        return categoriesOf.containsKey(word);
    }

    /** The other members of the word's first category (东北 is a region, not a 别称 too), close kinds left out. */
    public List<String> siblings(String word) {
        Set<String> out = new LinkedHashSet<>();
        categoriesOf.getOrDefault(word, List.of()).stream().findFirst().ifPresent(c -> out.addAll(c.members()));
        out.removeAll(close(word));
        out.remove(word);
        return List.copyOf(out);
    }

    /** The word, its other names and the kinds too close to it (水灾, 洪涝; 泥石流, 滑坡): never its wrong options. */
    public Set<String> close(String word) {
        return close.getOrDefault(word, Set.of(word));
    }

    /** The verb the word always follows (两个维护: 做到), if it has one. */
    public Optional<String> verb(String word) {
        return Optional.ofNullable(verbs.get(word));
    }

    /** The category a word belongs to first, if any. */
    public Optional<String> category(String word) {
        return categoriesOf.getOrDefault(word, List.of()).stream().findFirst().map(Category::name);
    }

    /** Whether the word's first category has the flag. */
    boolean has(String word, Flag flag) {
        return categoriesOf.getOrDefault(word, List.of()).stream().findFirst()
                .map(c -> c.flags().contains(flag)).orElse(false);
    }

    /** Whether the word's first category is never asked: rote set phrases, what every reader knows. */
    boolean unasked(String word) {
        return has(word, Flag.ROTE) || has(word, Flag.KNOWN);
    }

    /** Whether the member is true in general of the province (冰雹, 经济大省 of 四川). */
    /** Whether the word is true of some province in general (冰雹 of 四川): never a wrong option in a report set there. */
    boolean trueSomewhere(String word) {
        return trueOf.containsKey(word);
    }

    boolean trueOf(String word, String province) {
        return trueOf.getOrDefault(word, Set.of()).contains(province);
    }

    /** Whether the text names a province or region other than {@code setting} and its other names (海南自由贸易港). */
    boolean namesAnotherPlace(String text, List<String> setting) {
        return placeNames.stream().anyMatch(p -> text.contains(p) && setting.stream().noneMatch(p::equals));
    }

    /** The places a report may be about (provinces), each with its other names and its region (四川: 川, 蜀, 天府, 西部). */
    Map<String, List<String>> aliases() {
        return aliases;
    }

    /** Whether a sentence is on a topic a quiz never swaps words in (两岸, 一国两制, 军队…). */
    public boolean sensitiveTopic(String sentence) {
        return topics.stream().anyMatch(sentence::contains);
    }

    /** Whether a wrong option containing this text would make a statement politically careless. */
    public boolean sensitive(String candidate) {
        return sensitive.stream().anyMatch(candidate::contains) || topics.stream().anyMatch(candidate::contains);
    }

    /**
     * A member found in a text.
     *
     * @param word  the member
     * @param start its offset
     * @param end   the offset after it
     */
    public record Match(String word, int start, int end) {
    }

    /** A category of the lists: its members, what must follow one (if anything) and what they are. */
    private record Category(String name, List<String> members, Pattern after, Set<Flag> flags) {
    }
}
