package dev.studybot.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    @Test
    void joinsAShortSentenceToTheNextOne() {
        assertEquals(List.of("就业是最基本的民生。强化就业优先政策，健全就业促进机制，促进高质量充分就业，完善重点群体就业支持体系。"),
                PassageSplitter.mergeShort(List.of("就业是最基本的民生。",
                        "强化就业优先政策，健全就业促进机制，促进高质量充分就业，完善重点群体就业支持体系。")));
    }

    @Test
    void joinsAShortLastSentenceToTheOneBefore() {
        String longer = "全过程人民民主是社会主义民主政治的本质属性，是最广泛、最真实、最管用的民主。";
        assertEquals(List.of(longer + "要坚持下去。"), PassageSplitter.mergeShort(List.of(longer, "要坚持下去。")));
    }

    @Test
    void neverExceedsTheLimit() {
        String big = "长".repeat(297) + "。";
        List<String> merged = PassageSplitter.mergeShort(List.of("短句。", big, "又一个短句。"));
        assertTrue(merged.stream().allMatch(p -> p.length() <= PassageSplitter.MAX_CHARS), merged.toString());
        assertEquals(3, merged.size());
    }

    @Test
    void passagesOfADocumentStartWithTextAndFit() {
        Document document = new DocumentParser().parse("t.txt", "标题\n\n第一句很短。第二句也不长，但是它说明了第一句的意思，内容更多一些，足够长了吧。\n\n，由链接断开的行。"
                + "长".repeat(400) + "。\n");
        List<Passage> passages = new PassageSplitter().passages(document);
        for (Passage passage : passages) {
            assertTrue(passage.text().length() <= PassageSplitter.MAX_CHARS);
            assertTrue(Character.isLetterOrDigit(passage.text().codePointAt(0)), passage.text());
        }
    }
}
