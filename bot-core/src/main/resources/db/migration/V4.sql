-- V4: hints on quiz questions (查看提示). One row per member and question of a quiz: the first hint counts, a
-- right answer after it earns half the points, and /me counts a member's hints. Plain SQL for SQLite and PostgreSQL.
CREATE TABLE quiz_hints (
    quiz_id       TEXT NOT NULL,
    number        INTEGER NOT NULL,
    member_id     TEXT NOT NULL,
    platform      TEXT NOT NULL,
    chat_id       TEXT NOT NULL,
    question_id   TEXT NOT NULL,
    hinted_at     TEXT NOT NULL,
    PRIMARY KEY (quiz_id, number, member_id)
);
CREATE INDEX quiz_hints_member ON quiz_hints(platform, chat_id, member_id);
