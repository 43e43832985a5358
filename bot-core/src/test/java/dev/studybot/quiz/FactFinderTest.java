package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What counts as a key fact of a sentence, and which wrong options it gets. */
class FactFinderTest {

    private final FactFinder finder = new FactFinder(new TermExtractor(), new Lexicon(), new WordSense());

    private Map<String, Fact> facts(String... sentences) {
        List<FactFinder.Raw> raw = java.util.Arrays.stream(sentences).map(s -> new FactFinder.Raw(1, s, "")).toList();
        String document = String.join("\n", sentences);
        List<List<Fact>> found = finder.find(raw, document).stream().map(FactFinder.Found::facts).toList();
        Map<String, Fact> byAnswer = new java.util.LinkedHashMap<>();
        for (int i = 0; i < sentences.length; i++) {
            for (Fact f : found.get(i)) {
                byAnswer.put((f.kind() == FactKind.SWAP ? "swap:" : "") + f.answer(sentences[i]), f);
            }
        }
        return byAnswer;
    }

    @Test
    void noPersonIsAskedAboutSoNoRealNameIsEverAWrongOption() {
        // Nor the chair's role: that a provincial standing committee's meeting is chaired by its secretary is known to
        // every member (both round-6 readers rejected 省委书记 among other roles as a free point).
        assertTrue(facts("省委书记王晓晖主持会议并讲话。").isEmpty());
    }

    @Test
    void aTitleAmongOthersIsAskedAsOneOfThemNotAsTheOnlyOne() {
        String two = "会议审议了《关于学习宣传贯彻重要指示精神总体安排》《关于深入学习贯彻重要指示精神推动发展的意见》。";
        String one = "会议审议了《关于学习宣传贯彻重要指示精神总体安排》。";
        assertEquals(2, FactFinder.titlesTogether(two, 5, two.indexOf('》') + 1));
        assertEquals(1, FactFinder.titlesTogether(one, 5, one.length() - 1));
        assertEquals(2, FactFinder.titlesTogether("印发《甲乙丙丁方案》和《戊己庚辛规划》。", 2, 10));
        // 总体安排 is a rote genre (工作方案 would read as well), so the 意见 of the second title is asked.
        Fact genre = facts(two).get("意见");
        assertTrue(genre.question().startsWith("会议审议了两份文件，其中一份是《关于"), genre.question());
    }

    @Test
    void datesOrdinalsSessionsAndCountsGetNearValues() {
        Map<String, Fact> facts = facts("7月29日下午，省委常委会召开（扩大）会议，传达学习重要指示精神。",
                "总书记这次来川是一年多时间第二次到四川视察指导。", "全面落实省委十二届三次全会决策部署，抓好落实。");
        assertEquals(List.of("7月28日下午", "7月30日下午", "7月27日下午", "7月31日下午"), facts.get("7月29日下午").wrong());
        assertEquals(List.of("第一次", "第三次", "第四次"), facts.get("第二次").wrong());
        assertEquals(List.of("两年多", "三年多", "四年多"), facts.get("一年多").wrong());
        // Other meetings of the same term: no option a step from every other, no term a member rules out.
        assertEquals(List.of("十二届一次", "十二届二次", "十二届四次"), facts.get("十二届三次").wrong());
    }

    @Test
    void theReportsParallelTermsAreEachOthersWrongOptions() {
        Map<String, Fact> facts = facts("要把握在推进科技创新上同时发力的重要要求，抓好落实。",
                "要把握在建设现代化产业体系上精准发力的重要要求，抓好落实。",
                "要把握在推进乡村振兴上全面发力的重要要求，抓好落实。",
                "要把握在筑牢生态屏障上持续发力的重要要求，抓好落实。");
        Fact precise = facts.get("精准发力");
        assertEquals(FactKind.PARALLEL, precise.kind());
        assertEquals(List.of("同时发力", "全面发力", "持续发力"), precise.wrong());
    }

    @Test
    void quotedTermsGetSiblingsPlaceSwapsOrNumeralVariants() {
        Map<String, Fact> facts = facts("深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”。",
                "是习近平新时代中国特色社会主义思想“四川篇”的最新发展。",
                "锚定“一极一源、两中心两地”目标定位，深化合作。");
        assertFalse(facts.containsKey("两个确立"), "深刻领悟“两个确立”的决定性意义 is a set phrase: 领悟 gives it away");
        assertFalse(facts.containsKey("两个维护"), "坚决做到 gives it away");
        Map<String, Fact> other = facts("要牢牢把握“两个确立”的深刻内涵，坚决做到“两个维护”。");
        assertTrue(other.get("两个确立").wrong().contains("四个全面"));
        assertTrue(other.get("两个确立").wrong().stream().noneMatch(w -> w.equals("两个维护")),
                "never a term the sentence itself has");
        assertTrue(other.get("两个确立").wrong().stream().noneMatch(w -> w.equals("四个意识") || w.equals("四个自信")),
                "never one that only fits its own verb (增强“四个意识”)");
        assertTrue(facts.get("四川篇").wrong().contains("重庆篇"));
        // Numeral variants are no single-numeral moves: with those, the right answer is the commonest numeral at
        // every place of the four options, and a member who counts finds it without knowing it.
        String term = "一极一源、两中心两地";
        List<String> options = new java.util.ArrayList<>(facts.get(term).wrong().subList(0, 3));
        options.add(term);
        assertTrue(options.stream().allMatch(o -> o.length() == term.length()), options.toString());
        boolean outvoted = false;
        for (int i = 0; i < term.length(); i++) {
            int at = i;
            long same = options.stream().filter(o -> o.charAt(at) == term.charAt(at)).count();
            outvoted |= same <= options.size() / 2;
        }
        assertTrue(outvoted, "the right answer is the majority form at every place: " + options);
    }

    @Test
    void wellKnownPhrasesGetNoNumeralVariantsAndSensitiveSentencesNoFacts() {
        Map<String, Fact> facts = facts("共建“一带一路”成为深受欢迎的国际公共产品。",
                "“和平统一、一国两制”方针是实现两岸统一的最佳方式。");
        assertTrue(!facts.containsKey("一带一路") || facts.get("一带一路").wrong().stream().noneMatch(w -> w.contains("两路")));
        assertTrue(facts.keySet().stream().noneMatch(k -> k.contains("一国两制")), facts.toString());
    }

    @Test
    void enumerationsOfAKnownCategoryGetMembersTheDocumentNeverUses() {
        Fact disasters = facts("系统提升地震、水灾、火灾、旱灾、泥石流等方面防灾减灾救灾能力。").get("地震、水灾、火灾、旱灾、泥石流");
        assertEquals(FactKind.ENUMERATION, disasters.kind());
        assertTrue(disasters.wrong().contains("冰雹"));
        Fact places = facts("深入广元、德阳基层一线了解情况，听取成都工作汇报。").get("广元、德阳");
        assertTrue(places.wrong().stream().noneMatch(List.of("广元", "德阳", "成都")::contains), places.toString());
        assertTrue(places.wrong().contains("绵阳"));
    }

    @Test
    void aCommonWordThatIsAlsoACityIsNoPlace() {
        assertTrue(facts("面对影响人民幸福安康的突出矛盾和问题，党中央果敢抉择。").values().stream()
                .noneMatch(f -> f.kind() == FactKind.PLACE), "安康");
        Map<String, Long> kinds = facts("总书记在翠云廊对保护自然遗产殷殷嘱托，在三星堆对坚定文化自信念兹在兹。")
                .values().stream().collect(Collectors.groupingBy(f -> f.kind().name(), Collectors.counting()));
        assertEquals(2L, kinds.get("PLACE"));
        Function<String, String> unused = Function.identity();
    }

    @Test
    void whatEveryReaderKnowsIsNoFact() {
        Map<String, Fact> facts = facts("会议指出，四川要打造新时代更高水平的“天府粮仓”，是“四川篇”的最新发展。",
                "总书记出席成都大运会开幕式，四川各界欢迎。", "总书记出席成都大运会有关活动，四川人民深受鼓舞。",
                "要以高度政治责任感做好第一批主题教育最后一个多月的工作。",
                "在成都大运会期间，尽快成为带动西部高质量发展的重要增长极。");
        assertFalse(facts.containsKey("天府粮仓"), "the report's own place (天府 is 四川)");
        assertFalse(facts.containsKey("四川篇"), "the report's own place");
        assertFalse(facts.containsKey("大运会"), "said three times");
        assertFalse(facts.containsKey("第一批"), "which batch passes with its moment");
        assertFalse(facts.containsKey("一个多月"), "true for a few weeks");
        assertFalse(facts.containsKey("西部"), "the report's own region");
    }

    @Test
    void aListUnderDengNeverGetsAKindTooCloseToAnItemNorMadeUpItems() {
        Fact disasters = facts("系统提升地震、水灾、火灾、旱灾、泥石流等方面防灾减灾救灾能力。").get("地震、水灾、火灾、旱灾、泥石流");
        assertFalse(disasters.wrong().contains("滑坡"), disasters.wrong().toString());
        assertFalse(disasters.wrong().contains("洪涝"), disasters.wrong().toString());
        Fact functions = facts("强化经济承载和辐射带动功能、创新资源集聚和转化功能、改革集成和开放门户功能、人口吸纳和综合服务功能，"
                + "构筑向西开放战略高地。").get("经济承载和辐射带动功能、创新资源集聚和转化功能、改革集成和开放门户功能、人口吸纳和综合服务功能");
        assertTrue(functions.wrong().stream().noneMatch(w -> w.startsWith("经济承载和") || w.startsWith("人口吸纳和")),
                "no halves of the real items crossed: " + functions.wrong());
    }

    @Test
    void setPhrasesThatReadAlikeAreNotAsked() {
        Map<String, Fact> facts = facts("重要指示视野宏阔、思想深邃、重点突出，是最有力的科学指引。",
                "要准确把握其丰富内涵、核心要义和实践要求，确保沿着指引的方向阔步前行。");
        assertEquals(Map.of(), facts, "rote set phrases (视野宏阔, 科学指引, 丰富内涵, 阔步前行) give no fact");
    }

    @Test
    void nestedVariantsAreEachOthersWrongOptionsForAChoiceAmongThem() {
        Fact system = facts("要坚持山水林田湖草沙一体化保护和系统治理，抓好落实。").get("山水林田湖草沙");
        assertEquals(List.of("山水林田湖草", "山水林田湖", "山水林田湖草沙冰"), system.wrong(),
                "each an official wording somewhere: asked as a choice among them, never as a false statement");
    }

    @Test
    void onePartOfAPairedSloganIsNotAskedWhileTheOtherStandsBesideIt() {
        Map<String, Fact> found = facts("要树牢底线思维、增强忧患意识，积极稳妥化解风险。");
        assertFalse(found.containsKey("底线思维"), found.toString());
        assertFalse(found.containsKey("忧患意识"), found.toString());
    }

    @Test
    void wrongOptionsTrueOfTheReportsPlaceOrNamingAnotherPlaceAreLeftOut() {
        String place = "四川要把四川建设好，四川人民。";
        Map<String, Fact> found = facts(place, "要坚持把成渝地区双城经济圈建设作为总牵引，加快发展。",
                "要充分发挥科教大省优势，坚持一手抓科技创新。");
        assertFalse(found.get("成渝地区双城经济圈").wrong().contains("海南自由贸易港"), found.toString());
        assertFalse(found.containsKey("科教大省"), "经济大省, 人口大省… are all true of Sichuan: " + found);
    }

    @Test
    void wrongItemsOfAListOfPairsArePairsToo() {
        assertEquals(List.of("全球资源配置和科技创新策源功能", "全球资源配置功能", "科技创新策源功能", "高端产业引领功能"),
                FactFinder.alike(
                List.of("经济承载和辐射带动功能", "创新资源集聚和转化功能"),
                List.of("全球资源配置功能", "科技创新策源功能", "高端产业引领功能")));
        assertEquals(List.of("蔬菜", "水果"), FactFinder.alike(List.of("粮食", "生猪"), List.of("蔬菜", "水果")));
    }

    @Test
    void twoPlacesSaidOfDifferentThingsInParallelClausesAreASwap() {
        Fact swap = facts("总书记深入基层，在翠云廊对保护自然遗产殷殷嘱托，在三星堆对坚定文化自信念兹在兹。").get("swap:翠云廊");
        assertEquals(FactKind.SWAP, swap.kind());
        // The partner first, then two siblings of each the sentence does not say (for the pairing's wrong options).
        assertEquals("三星堆", swap.wrong().get(0));
        assertEquals(1 + 2 * FactFinder.SWAP_SIBLINGS, swap.wrong().size());
        assertTrue(swap.wrong().subList(1, 3).stream().allMatch(w -> new Lexicon().siblings("翠云廊").contains(w)));
        assertTrue(swap.wrong().subList(3, 5).stream().allMatch(w -> new Lexicon().siblings("三星堆").contains(w)));
    }

    @Test
    void listsJoinedBy和AndNamesSideBySideAreLists() {
        Map<String, Fact> facts = facts("要更好扛起粮食、生猪和油料等重要农产品稳产保供责任，抓好落实。",
                "要在筑牢长江黄河上游生态屏障上持续发力，抓好落实。");
        assertEquals(List.of("粮食", "生猪", "油料"), facts.get("粮食、生猪和油料").enumeration().items());
        assertFalse(facts.containsKey("长江黄河"), "which rivers flow through a province is geography, not the report");
        assertEquals(List.of("亚运会", "全运会"), facts("要办好亚运会全运会等体育赛事，抓好落实。").get("亚运会全运会")
                .enumeration().items());
    }

    @Test
    void numeralVariantsLeaveNoPlaceWhereTheAnswerIsTheCommonestNumeralOrTheOddOneOut() {
        String answer = "一极一源、两中心两地";
        List<String> wrong = FactFinder.numeralVariants(answer);
        assertEquals(List.of("一极两源、三中心两地", "两极一源、三中心两地", "两极两源、两中心两地"), wrong);
        List<String> options = new java.util.ArrayList<>(wrong);
        options.add(answer);
        for (int place : List.of(0, 2, 5)) {
            Map<Character, Long> counts = options.stream()
                    .collect(Collectors.groupingBy(o -> o.charAt(place), Collectors.counting()));
            assertEquals(2L, counts.get(answer.charAt(place)), "a tie at place " + place + ": " + counts);
        }
        Question choice = new Question("a", QuestionType.SINGLE_CHOICE, "要锚定“（ ）”目标定位。", options,
                List.of(3), "原文：要锚定“【一极一源、两中心两地】”目标定位。",
                new QuestionSource("d", 1, "要锚定“一极一源、两中心两地”目标定位。"));
        assertFalse(DrawRules.oddOneOut(choice), "no part all three wrong options share");
    }
}
