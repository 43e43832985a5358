-- V2: quizzes. Every table that belongs to a chat has platform and chat_id (so a chat can be moved).
CREATE TABLE quiz_sessions (
    quiz_id       TEXT PRIMARY KEY,
    platform      TEXT NOT NULL,
    chat_id       TEXT NOT NULL,
    starter_id    TEXT NOT NULL,
    starter_name  TEXT NOT NULL,
    language      TEXT NOT NULL DEFAULT 'zh',
    total         INTEGER NOT NULL,
    seconds       INTEGER NOT NULL,
    status        TEXT NOT NULL DEFAULT 'running',
    started_at    TEXT NOT NULL,
    ended_at      TEXT
);
CREATE INDEX quiz_sessions_status ON quiz_sessions(status);
CREATE TABLE quiz_answers (
    quiz_id       TEXT NOT NULL,
    number        INTEGER NOT NULL,
    member_id     TEXT NOT NULL,
    platform      TEXT NOT NULL,
    chat_id       TEXT NOT NULL,
    member_name   TEXT NOT NULL,
    question_id   TEXT NOT NULL,
    choices       TEXT NOT NULL,
    correct       INTEGER NOT NULL,
    points        INTEGER NOT NULL,
    answered_at   TEXT NOT NULL,
    answered_day  TEXT NOT NULL,
    PRIMARY KEY (quiz_id, number, member_id)
);
CREATE INDEX quiz_answers_chat ON quiz_answers(platform, chat_id, member_id);
CREATE TABLE quiz_asked (
    platform      TEXT NOT NULL,
    chat_id       TEXT NOT NULL,
    question_id   TEXT NOT NULL,
    asked_at      TEXT NOT NULL,
    PRIMARY KEY (platform, chat_id, question_id)
);
CREATE TABLE quiz_reviews (
    platform      TEXT NOT NULL,
    member_id     TEXT NOT NULL,
    question_id   TEXT NOT NULL,
    chat_id       TEXT NOT NULL,
    question      TEXT NOT NULL,
    box           INTEGER NOT NULL,
    right_streak  INTEGER NOT NULL,
    due_at        INTEGER NOT NULL,
    PRIMARY KEY (platform, member_id, question_id)
);
