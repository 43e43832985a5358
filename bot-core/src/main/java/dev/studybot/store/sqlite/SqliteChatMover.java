package dev.studybot.store.sqlite;

import dev.studybot.model.ChatId;
import dev.studybot.store.ChatMover;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a chat in every table that has the columns {@code platform} and {@code chat_id} (the convention every
 * StudyBot table that belongs to a chat follows), in one transaction.
 */
public final class SqliteChatMover implements ChatMover {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteChatMover.class);

    private final SqliteDatabase database;

    public SqliteChatMover(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void move(ChatId from, ChatId to) {
        database.jdbi().useTransaction(h -> {
            for (String table : chatTables(h)) {
                // OR IGNORE: a row the new chat already has wins; the old chat's duplicate is then removed.
                int moved = h.createUpdate("UPDATE OR IGNORE \"" + table + "\" SET platform = :toPlatform, "
                                + "chat_id = :toChat WHERE platform = :fromPlatform AND chat_id = :fromChat")
                        .bind("toPlatform", to.platform()).bind("toChat", to.id())
                        .bind("fromPlatform", from.platform()).bind("fromChat", from.id())
                        .execute();
                h.createUpdate("DELETE FROM \"" + table + "\" WHERE platform = :p AND chat_id = :c")
                        .bind("p", from.platform()).bind("c", from.id()).execute();
                if (moved > 0) {
                    LOG.info("moved {} rows of {} from {} to {}", moved, table, from, to);
                }
            }
        });
    }

    private static List<String> chatTables(Handle h) {
        List<String> tables = h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%'").mapTo(String.class).list();
        return tables.stream().filter(table -> {
            List<String> columns = h.createQuery("SELECT name FROM pragma_table_info(:t)").bind("t", table)
                    .mapTo(String.class).list();
            return columns.contains("platform") && columns.contains("chat_id");
        }).toList();
    }
}
