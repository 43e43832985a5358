package dev.studybot.store.jdbc;

import dev.studybot.model.ChatId;
import dev.studybot.store.ChatMover;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a chat in every table that has the columns {@code platform} and {@code chat_id} (the convention every
 * StudyBot table that belongs to a chat follows), in one transaction. A row whose new key another row already has
 * stays behind and is then removed: the new chat's row wins.
 */
public final class JdbcChatMover implements ChatMover {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcChatMover.class);
    private static final String PLATFORM = "platform";
    private static final String CHAT = "chat_id";

    private final Database database;

    public JdbcChatMover(Database database) {
        this.database = database;
    }

    @Override
    public void move(ChatId from, ChatId to) {
        database.jdbi().useTransaction(h -> {
            for (Map.Entry<String, List<String>> table : chatTables(h).entrySet()) {
                int moved = h.createUpdate(moveStatement(table.getKey(), table.getValue(), from, to))
                        .bind("toPlatform", to.platform()).bind("toChat", to.id())
                        .bind("fromPlatform", from.platform()).bind("fromChat", from.id())
                        .execute();
                h.createUpdate("DELETE FROM \"" + table.getKey() + "\" WHERE platform = :p AND chat_id = :c")
                        .bind("p", from.platform()).bind("c", from.id()).execute();
                if (moved > 0) {
                    LOG.info("moved {} rows of {} from {} to {}", moved, table.getKey(), from, to);
                }
            }
        });
    }

    /**
     * The update of one table: the chat's rows get the new platform and id, except those whose new primary key is
     * taken already (when the key includes a column that changes).
     */
    static String moveStatement(String table, List<String> key, ChatId from, ChatId to) {
        String update = "UPDATE \"" + table + "\" SET platform = :toPlatform, chat_id = :toChat "
                + "WHERE platform = :fromPlatform AND chat_id = :fromChat";
        boolean keyChanges = key.contains(PLATFORM) && !from.platform().equals(to.platform())
                || key.contains(CHAT) && !from.id().equals(to.id());
        if (!keyChanges) {
            return update;
        }
        List<String> same = new ArrayList<>();
        for (String column : key) {
            String value = switch (column) {
                case PLATFORM -> ":toPlatform";
                case CHAT -> ":toChat";
                default -> "\"" + table + "\".\"" + column + "\"";
            };
            same.add("taken.\"" + column + "\" = " + value);
        }
        return update + " AND NOT EXISTS (SELECT 1 FROM \"" + table + "\" taken WHERE " + String.join(" AND ", same)
                + ")";
    }

    /** Every table with both chat columns, with its primary key's columns. */
    private Map<String, List<String>> chatTables(Handle h) {
        Map<String, List<String>> tables = new TreeMap<>();
        if (database.dialect() == Dialect.SQLITE) {
            for (String table : h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%'").mapTo(String.class).list()) {
                List<String> columns = h.createQuery("SELECT name FROM pragma_table_info(:t)").bind("t", table)
                        .mapTo(String.class).list();
                if (columns.contains(PLATFORM) && columns.contains(CHAT)) {
                    tables.put(table, h.createQuery("SELECT name FROM pragma_table_info(:t) WHERE pk > 0 ORDER BY pk")
                            .bind("t", table).mapTo(String.class).list());
                }
            }
            return tables;
        }
        for (String table : h.createQuery("SELECT table_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND column_name IN ('platform', 'chat_id') "
                + "GROUP BY table_name HAVING COUNT(*) = 2").mapTo(String.class).list()) {
            tables.put(table, h.createQuery("SELECT k.column_name FROM information_schema.table_constraints c "
                            + "JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name "
                            + "AND k.table_schema = c.table_schema AND k.table_name = c.table_name "
                            + "WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema = current_schema() "
                            + "AND c.table_name = :t ORDER BY k.ordinal_position")
                    .bind("t", table).mapTo(String.class).list());
        }
        return tables;
    }
}
