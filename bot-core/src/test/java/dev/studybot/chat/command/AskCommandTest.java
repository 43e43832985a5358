package dev.studybot.chat.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.studybot.chat.CommandRunner;
import dev.studybot.chat.Messages;
import dev.studybot.chat.Reply.TextReply;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatSettings;
import dev.studybot.model.ChatType;
import dev.studybot.model.Language;
import dev.studybot.search.PassageSearch;
import dev.studybot.search.SearchResult;
import dev.studybot.testing.TestCore;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user reads when the documents do not answer, and when the question names documents. */
class AskCommandTest {

    private static final ChatId CHAT = new ChatId("test", "group-7");

    private final PassageSearch search = mock(PassageSearch.class);
    private final AskCommand ask = new AskCommand(search, new RecentAnswers());

    private String reply(String question, Language language) {
        return ((TextReply) CommandRunner.runText(ask,
                TestCore.message(CHAT, ChatType.GROUP, "u1", false, question).origin(), question,
                ChatSettings.defaults(CHAT, language), Messages.of(language)).get(0)).text().plainText();
    }

    private void searchGives(String question, SearchResult.NamedDocuments named) {
        when(search.search(eq(question), any(), anyInt()))
                .thenReturn(new SearchResult(question, false, List.of(), named));
    }

    @Test
    void nothingFoundInANamedDocumentSaysWhichOne() {
        searchGives("十五大报告对互联网怎么说", new SearchResult.NamedDocuments(List.of("十五大报告"), false, false));
        assertEquals("《十五大报告》中没有找到与这个问题相关的内容。可以换个说法，或发送 /help 查看用法。",
                reply("十五大报告对互联网怎么说", Language.ZH));
    }

    @Test
    void aNamedDocumentOutsideTheChatsScopeIsPointedOut() {
        searchGives("十五大报告对股份制怎么说", new SearchResult.NamedDocuments(List.of("十五大报告"), true, false));
        assertEquals("你问的是《十五大报告》，它不在本聊天当前使用的文件中。发送 /use all 使用全部文件，或 /docs 查看文件。",
                reply("十五大报告对股份制怎么说", Language.ZH));
        assertEquals("You asked about 《十五大报告》, which this chat is not reading. Send /use all to read every "
                + "document, or /docs to see them.", reply("十五大报告对股份制怎么说", Language.EN));
    }

    @Test
    void aQuestionThatOnlyNamesADocumentIsAskedWhatAboutIt() {
        searchGives("十五大报告讲了啥", new SearchResult.NamedDocuments(List.of("十五大报告"), false, true));
        assertEquals("想了解《十五大报告》的哪方面？请把问题问得具体一些，例如：这份报告对就业是怎么说的？",
                reply("十五大报告讲了啥", Language.ZH));
    }

    @Test
    void aQuestionNamingNothingGetsThePlainMessage() {
        searchGives("怎么做红烧肉", SearchResult.NamedDocuments.NONE);
        assertEquals("文件中没有找到与这个问题相关的内容。可以换个说法，或发送 /help 查看用法。", reply("怎么做红烧肉", Language.ZH));
    }

    @Test
    void aQuestionInEnglishIsToldToAskInChineseWithAnExampleAndSearchesNothing() {
        assertEquals("Please ask in Chinese: I search the Chinese text of the documents. For example: "
                + "/ask 这次会议提出了哪些要求？ (\"What did the meeting call for?\")",
                reply("Who chaired the meeting?", Language.EN));
        assertTrue(reply("Who chaired the meeting?", Language.ZH).startsWith("请用中文提问"));
        verifyNoInteractions(search);
        assertFalse(AskCommand.notChinese("GDP增长了多少"), "letters beside Chinese are a Chinese question");
        assertFalse(AskCommand.notChinese("2035"));
    }
}
