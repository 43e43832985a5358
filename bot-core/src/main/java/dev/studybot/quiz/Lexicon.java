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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The reviewed general-knowledge word lists questions draw wrong options from ({@code quiz/lexicon.txt}: categories
 * such as natural disasters, farm products, the cities of a province; {@code quiz/people.txt}: provincial leaders by
 * province and role) and the terms never to use as a wrong option ({@code quiz/sensitive.txt}). Finds the members
 * in a text in one pass (Aho-Corasick).
 */
public final class Lexicon {

    private final Map<String, List<Category>> categoriesOf = new TreeMap<>();
    private final List<String> sensitive = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private final Map<String, List<String>> synonyms = new java.util.HashMap<>();
    private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();

    /** Loads the lists bundled in the jar. */
    public Lexicon() {
        read("quiz/lexicon.txt", columns -> {
            if (columns.length >= 2) {
                Pattern after = columns.length >= 3 ? Pattern.compile("^(?:" + columns[2] + ")") : null;
                List<String> members = new ArrayList<>();
                for (String token : columns[1].split(" +")) {
                    // 水灾/洪涝: one thing under two names; neither is ever the other's wrong option.
                    List<String> names = List.of(token.split("/"));
                    names.forEach(n -> synonyms.put(n, names));
                    members.addAll(names);
                }
                add(new Category(columns[0], members, after, false));
            }
        });
        read("quiz/people.txt", columns -> {
            if (columns.length >= 3) {
                add(new Category(columns[0] + "|" + columns[1], List.of(columns[2].split(" +")), null, true));
            }
        });
        read("quiz/sensitive.txt", columns -> {
            if (columns[0].startsWith("!")) {
                topics.add(columns[0].substring(1));
            } else {
                sensitive.add(columns[0]);
            }
        });
        TreeMap<String, String> words = new TreeMap<>();
        categoriesOf.keySet().forEach(w -> words.put(w, w));
        trie.build(words);
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

    /** Whether the word names a person of the people list. */
    public boolean isPerson(String word) {
        return categoriesOf.getOrDefault(word, List.of()).stream().anyMatch(Category::people);
    }

    /**
     * The other members of the word's categories, those of its first category first; for a person, the people of
     * the same province first, then those of the same role elsewhere.
     */
    public List<String> siblings(String word) {
        Set<String> out = new LinkedHashSet<>();
        List<Category> own = categoriesOf.getOrDefault(word, List.of());
        for (Category category : own) {
            if (category.people()) {
                String province = category.name().split("\\|")[0];
                categoriesOf.values().stream().flatMap(List::stream).distinct()
                        .filter(c -> c.people() && c.name().startsWith(province + "|"))
                        .forEach(c -> out.addAll(c.members()));
            } else if (out.isEmpty()) {
                out.addAll(category.members()); // the first category only: 东北 is a region, not a 别称 too
            }
        }
        out.removeAll(synonyms(word));
        out.remove(word);
        return List.copyOf(out);
    }

    /** The word and the other names of the same thing in the lists (水灾, 洪涝). */
    public List<String> synonyms(String word) {
        return synonyms.getOrDefault(word, List.of(word));
    }

    /** The people whose role is the given one (省委书记), in the list's order. */
    public List<String> peopleWithRole(String role) {
        Set<String> out = new LinkedHashSet<>();
        categoriesOf.values().stream().flatMap(List::stream).distinct()
                .filter(c -> c.people() && c.name().endsWith("|" + role)).forEach(c -> out.addAll(c.members()));
        return List.copyOf(out);
    }

    /** The roles the people list knows (省委书记, 省长…), longest first. */
    public List<String> roles() {
        return categoriesOf.values().stream().flatMap(List::stream).filter(Category::people)
                .map(c -> c.name().split("\\|")[1]).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The category a word belongs to first, if any. */
    public Optional<String> category(String word) {
        return categoriesOf.getOrDefault(word, List.of()).stream().findFirst().map(Category::name);
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

    /** A category of the lists: its members and what must follow one, if anything. */
    private record Category(String name, List<String> members, Pattern after, boolean people) {
    }
}
