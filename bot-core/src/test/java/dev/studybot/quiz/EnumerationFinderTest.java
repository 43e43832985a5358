package dev.studybot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Enumerations are cut where their items really start and end, so each item stands alone. */
class EnumerationFinderTest {

    private final EnumerationFinder finder = new EnumerationFinder(new TermExtractor());

    private List<List<String>> items(String sentence) {
        return finder.find(sentence).stream().map(Enumeration::items).toList();
    }

    @Test
    void verbPhrasesKeepTheirVerbAndNoMore() {
        assertEquals(List.of(List.of("铭记关怀", "不负重托", "感恩奋进")),
                items("广大党员干部要始终铭记关怀、不负重托、感恩奋进，推动新时代治蜀兴川再上新台阶。"));
        assertEquals(List.of(List.of("贯彻新发展理念", "服务和融入新发展格局", "促进共同富裕")),
                items("把贯彻新发展理念、服务和融入新发展格局、促进共同富裕贯穿经济社会发展各方面全过程。"));
    }

    @Test
    void itemsSharingAnOpeningStartThere() {
        assertEquals(List.of(List.of("以学铸魂", "以学增智", "以学正风", "以学促干")),
                items("确保在以学铸魂、以学增智、以学正风、以学促干上取得实实在在成效。"));
    }

    @Test
    void longParallelItemsAreFoundWhole() {
        assertEquals(List.of(List.of("经济承载和辐射带动功能", "创新资源集聚和转化功能", "改革集成和开放门户功能",
                        "人口吸纳和综合服务功能")),
                items("强化经济承载和辐射带动功能、创新资源集聚和转化功能、改革集成和开放门户功能、人口吸纳和综合服务功能，构筑向西开放战略高地。"));
    }

    @Test
    void nounListsStopBeforeTheWordsAroundThem() {
        assertEquals(List.of(List.of("地震", "水灾", "火灾", "旱灾", "泥石流")),
                items("系统提升地震、水灾、火灾、旱灾、泥石流等方面防灾减灾救灾能力。"));
    }
}
