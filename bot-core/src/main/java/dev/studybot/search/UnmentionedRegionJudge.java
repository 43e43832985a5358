package dev.studybot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that names a province-level region or a country the searched documents never mention, by its name or
 * its short name, is not about them: "跟陕西比，四川…有什么优势" asks a Sichuan report for a comparison it cannot
 * make, however well the rest of its words match. Regions and countries come from lists of general knowledge
 * ({@code search/regions.txt}, {@code search/countries.txt}), not from a recogniser, which is noisy on short
 * questions; a short name in a compound (川渝 names 重庆) counts as a mention. A body of a region the documents
 * mention (重庆市委) must be named too, unless the region is a document's own; so must a city's body (广元市委) and a
 * post (省长).
 */
final class UnmentionedRegionJudge implements Judge {

    /** A region's party or government bodies, as a question names them after the region (重庆市委). */
    static final List<String> BODIES = List.of("省委", "市委", "区委", "党委", "省政府", "市政府", "人民政府", "政府",
            "人大", "政协");

    /**
     * A region's side, as a question names it acting (重庆方面对川渝合作提了哪些新举措, 重庆那边是怎么传达的): a party, like
     * a body.
     */
    static final List<String> SIDES = List.of("方面", "那边");

    /** What before a region's side makes it an aspect (在重庆方面) or a partner (跟重庆那边合作), not the party acting. */
    private static final Pattern AT_OR_WITH = Pattern.compile("在|跟|和|与|同");

    /**
     * What a region is asked to have said (重庆市提出了什么意见): after the region's name, its 市 or 省 and an adverb, a
     * verb of speaking.
     */
    private static final Pattern SPOKE = Pattern.compile(
            "(?:市|省)?(?:也|还|都|又|曾)?(?:提出|提了|表示|建议|要求|希望|认为|强调|指出|说了|说过|谈了)");

    /** A city's or a county's party or government body, or its head, as a question names it after the place (广元市委). */
    private static final Pattern LOCAL_BODY = Pattern.compile("市委|县委|区委|州委|市政府|县政府|区政府|州政府|市长|县长|区长");

    /**
     * Heads of a government or a department, named by their post (省长): a question on what one of them said or did
     * is not about documents that never name the post.
     */
    private static final Pattern POSTS = Pattern.compile("副?省长|副?市长|副?县长|区长|厅长|局长|秘书长|部长");

    private final PassageCatalog catalog;
    private final List<Region> regions;
    /** Whether the scope's documents say some words ({@link ScopeTexts}). */
    private final ScopeTexts texts;

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
        this.texts = new ScopeTexts(catalog);
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
        if (unnamedLocalBody(question.folded(), question.searched())
                || unnamedPost(question.folded(), question.searched())) {
            return verdict.abstaining();
        }
        for (Region region : regions) {
            if (question.folded().contains(region.name()) && (!mentioned(region, question.searched())
                    || unnamedBody(region, question.folded(), question.searched()))) {
                return verdict.abstaining();
            }
        }
        return verdict;
    }

    /**
     * Whether the question names a body of the region (重庆市委, 陕西省政府) that no document of the scope names,
     * the region not being a document's own (named in its title: the report of a Sichuan committee says 省委 for
     * 四川省委): "重庆市委这次又和四川签了哪些合作协议" asks a Sichuan report about an actor it never speaks of, though
     * 川渝 mentions 重庆. So does "重庆方面对深化川渝合作提了什么新建议", which names the region's side ({@link #SIDES}),
     * and "川渝合作方面重庆市提出了什么意见", which has the region speak where the documents never name it in full.
     */
    private boolean unnamedBody(Region region, String question, SearchScope scope) {
        for (String body : BODIES) {
            String named = region.name() + body;
            if (question.contains(named)) {
                return !ownRegion(region, scope) && !texts.says(named, scope);
            }
        }
        if (ownRegion(region, scope)) {
            return false;
        }
        return SIDES.stream().anyMatch(side -> namesTheSide(region, side, question)
                        && !texts.says(region.name() + side, scope))
                || namesTheSpeaker(region, question) && !texts.says(region.name(), scope);
    }

    /**
     * Whether the question asks what the region itself said (川渝合作方面重庆市提出了什么意见): documents that mention it
     * only within a compound (川渝) never report it speaking.
     */
    private static boolean namesTheSpeaker(Region region, String question) {
        Matcher spoke = SPOKE.matcher(question);
        for (int at = question.indexOf(region.name()); at >= 0; at = question.indexOf(region.name(), at + 1)) {
            if (spoke.region(at + region.name().length(), question.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the question names the region's side as the party acting (重庆方面打算), not an aspect (在重庆方面) or a
     * partner (跟重庆那边合作).
     */
    static boolean namesTheSide(Region region, String side, String question) {
        int at = question.indexOf(region.name() + side);
        if (at < 0) {
            return false;
        }
        String clause = question.substring(0, at).replaceAll(".*[，,。；;？?！!]", "");
        return !AT_OR_WITH.matcher(clause).find();
    }

    /** Whether the region is a document's own (named in its title). */
    private boolean ownRegion(Region region, SearchScope scope) {
        return catalog.documentsIn(scope).stream().anyMatch(docId -> catalog.fullTitle(docId).contains(region.name()));
    }

    /**
     * Whether the question names the body of a city or county that the scope's documents mention (广元) while
     * never naming that body (广元市委): "视察期间广元市委书记向总书记汇报了哪些内容" asks about what a Sichuan report
     * never speaks of, though it names 广元. A place the documents do not mention is left to the other checks.
     */
    private boolean unnamedLocalBody(String question, SearchScope scope) {
        Matcher body = LOCAL_BODY.matcher(question);
        while (body.find()) {
            for (int length = 3; length >= 2; length--) {
                if (body.start() < length) {
                    continue;
                }
                String place = question.substring(body.start() - length, body.start());
                if (texts.says(place, scope)) {
                    return !texts.says(place + body.group(), scope);
                }
            }
        }
        return false;
    }

    /**
     * Whether the question names a post (省长) that no document of the scope names: "省长在这次省委常委会会议上讲了
     * 哪些内容" asks a report that names only the party secretary who chaired.
     */
    private boolean unnamedPost(String question, SearchScope scope) {
        Matcher post = POSTS.matcher(question);
        return post.find() && !texts.says(post.group(), scope);
    }

    /** Whether any document of the scope mentions the region, by any of its names. */
    private boolean mentioned(Region region, SearchScope scope) {
        return region.mentions().stream().anyMatch(name -> texts.says(name, scope));
    }
}
