-- A trigger's body holds statements ending in ';' on their own lines: the old runner split it there.
CREATE TABLE chat_log (
    platform TEXT NOT NULL,
    chat_id  TEXT NOT NULL,
    what     TEXT NOT NULL
);
CREATE TRIGGER chats_logged AFTER INSERT ON chats
BEGIN
    INSERT INTO chat_log (platform, chat_id, what) VALUES (NEW.platform, NEW.chat_id, 'added');
    INSERT INTO chat_log (platform, chat_id, what) VALUES (NEW.platform, NEW.chat_id, 'greeted');
END;
