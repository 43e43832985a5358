package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What counts as a key fact of a sentence, and which wrong options it gets. */
class FactFinderTest {

    private final FactFinder finder = new FactFinder(new TermExtractor(), new Lexicon(), new WordSense());

    private Map<String, Fact> facts(String... sentences) {
        List<FactFinder.Raw> raw = java.util.Arrays.stream(sentences).map(s -> new FactFinder.Raw(1, s, "")).toList();
        String document = String.join("\n", sentences);
        List<List<Fact>> found = finder.find(raw, document);
        Map<String, Fact> byAnswer = new java.util.LinkedHashMap<>();
        for (int i = 0; i < sentences.length; i++) {
            for (Fact f : found.get(i)) {
                byAnswer.put(f.answer(sentences[i]), f);
            }
        }
        return byAnswer;
    }

    @Test
    void aPersonIsAskedWithTheRoleInTheStem() {
        Fact person = facts("省委书记王晓晖主持会议并讲话。").get("王晓晖");
        assertEquals(FactKind.PERSON, person.kind());
        assertEquals("主持会议并讲话的是省委书记（ ）。", person.question());
        assertTrue(person.wrong().size() >= 3 && !person.wrong().contains("王晓晖"));
    }

    @Test
    void datesOrdinalsSessionsAndCountsGetNearValues() {
        Map<String, Fact> facts = facts("7月29日下午，省委常委会召开（扩大）会议，传达学习重要指示精神。",
                "总书记这次来川是一年多时间第二次到四川视察指导。", "全面落实省委十二届三次全会决策部署，抓好落实。");
        assertEquals(List.of("7月28日下午", "7月30日下午", "7月27日下午", "7月31日下午"), facts.get("7月29日下午").wrong());
        assertEquals(List.of("第一次", "第三次", "第四次"), facts.get("第二次").wrong());
        assertEquals(List.of("两年多", "三年多", "四年多"), facts.get("一年多").wrong());
        assertTrue(facts.get("十二届三次").wrong().containsAll(List.of("十二届二次", "十二届四次", "十一届三次")));
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
        assertTrue(facts.get("两个确立").wrong().contains("四个意识"));
        assertTrue(facts.get("两个确立").wrong().stream().noneMatch(w -> w.equals("两个维护")),
                "never a term the sentence itself has");
        assertTrue(facts.get("四川篇").wrong().contains("重庆篇"));
        assertTrue(facts.get("一极一源、两中心两地").wrong().contains("一极两源、两中心两地"));
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
}
