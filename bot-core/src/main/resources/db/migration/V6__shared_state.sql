-- V6: state that must outlive a process once several share one database: the review question each member has open
-- in a chat, with the question as JSON. (The polls sent, which a vote names alone, are kept in posted_polls of V5.)
CREATE TABLE open_reviews (
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    member_id  TEXT    NOT NULL,
    review_id  TEXT    NOT NULL,
    question   TEXT    NOT NULL,
    opened_at  INTEGER NOT NULL,
    PRIMARY KEY (platform, chat_id, member_id)
);
