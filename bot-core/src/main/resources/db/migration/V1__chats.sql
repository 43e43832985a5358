-- V1: chats and what they have chosen.
CREATE TABLE chats (
    platform   TEXT NOT NULL,
    chat_id    TEXT NOT NULL,
    language   TEXT NOT NULL DEFAULT 'zh',
    scope      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (platform, chat_id)
);
