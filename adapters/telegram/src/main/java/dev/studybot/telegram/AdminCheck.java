package dev.studybot.telegram;

import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;

/**
 * Whether a member is the group's creator or an administrator, asked of Telegram (getChatMember) only when a
 * command needs it, and at most once per message. A failed call counts as "not an admin".
 */
final class AdminCheck implements BooleanSupplier {

    private static final Logger LOG = LoggerFactory.getLogger(AdminCheck.class);

    private final BotApiCalls calls;
    private final long chatId;
    private final long userId;
    private Boolean answer;

    AdminCheck(BotApiCalls calls, long chatId, long userId) {
        this.calls = calls;
        this.chatId = chatId;
        this.userId = userId;
    }

    @Override
    public synchronized boolean getAsBoolean() {
        if (answer == null) {
            answer = ask();
        }
        return answer;
    }

    private boolean ask() {
        try {
            ChatMember member = calls.call(GetChatMember.builder().chatId(chatId).userId(userId).build());
            String status = member == null ? "" : member.getStatus();
            return "creator".equals(status) || "administrator".equals(status);
        } catch (CallFailure failure) {
            LOG.warn("could not check the admins of telegram:{}: {}", chatId, failure.getMessage());
            return false;
        }
    }
}
