package dev.studybot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.studybot.chat.Origin;
import dev.studybot.model.ChatId;
import dev.studybot.model.ChatType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.junit.jupiter.api.Test;

class DiscordOriginsTest {

    private final DiscordOrigins origins = new DiscordOrigins(
            Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC));
    private final User user = mock(User.class);

    DiscordOriginsTest() {
        when(user.getIdLong()).thenReturn(77L);
        when(user.getId()).thenReturn("77");
        when(user.getEffectiveName()).thenReturn("Alice");
    }

    @Test
    void aServerChannelIsAGroupWhoseAdminsHaveManageServer() {
        Member admin = mock(Member.class);
        when(admin.getEffectiveName()).thenReturn("Alice (server nick)");
        when(admin.hasPermission(Permission.MANAGE_SERVER)).thenReturn(true);
        Origin origin = origins.origin(user, admin, 42L, DiscordLocale.ENGLISH_US);
        assertEquals(new ChatId("discord", "42"), origin.chat());
        assertEquals(ChatType.GROUP, origin.type());
        assertEquals("Alice (server nick)", origin.member().name());
        assertEquals(Locale.forLanguageTag("en-US"), origin.languageHint());
        assertTrue(origin.isAdmin());

        Member member = mock(Member.class);
        when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(false);
        assertFalse(origins.origin(user, member, 42L, DiscordLocale.CHINESE_CHINA).isAdmin());
    }

    @Test
    void aDirectMessageIsAPrivateChatKeyedByTheUser() {
        Origin origin = origins.origin(user, null, 999L, DiscordLocale.UNKNOWN);
        assertEquals(new ChatId("discord", "dm:77"), origin.chat());
        assertEquals(ChatType.PRIVATE, origin.type());
        assertEquals(null, origin.languageHint());
        assertTrue(origin.isAdmin());
        assertEquals(Optional.of(77L), DiscordOrigins.directUser(origin.chat()));
        assertEquals(Optional.empty(), DiscordOrigins.channel(origin.chat()));
        assertEquals(Optional.of(42L), DiscordOrigins.channel(new ChatId("discord", "42")));
        assertEquals(Optional.empty(), DiscordOrigins.channel(new ChatId("discord", "not-a-number")));
    }
}
