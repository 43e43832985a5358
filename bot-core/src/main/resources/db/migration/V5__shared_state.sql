-- V5: state that must outlive a process once several share one database. The quiz polls sent on a platform whose
-- poll answers name only the poll (Telegram), with the chat and the encoded action an answer to it is; and the
-- review question each member has open in a chat, with the question as JSON.
CREATE TABLE sent_polls (
    platform  TEXT    NOT NULL,
    poll_id   TEXT    NOT NULL,
    chat_id   TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    sent_at   INTEGER NOT NULL,
    PRIMARY KEY (platform, poll_id)
);
CREATE INDEX sent_polls_sent_at ON sent_polls (sent_at);
CREATE TABLE open_reviews (
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    member_id  TEXT    NOT NULL,
    review_id  TEXT    NOT NULL,
    question   TEXT    NOT NULL,
    opened_at  INTEGER NOT NULL,
    PRIMARY KEY (platform, chat_id, member_id)
);
