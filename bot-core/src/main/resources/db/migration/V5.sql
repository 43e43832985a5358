-- V5: the question of the day, the second pass, and polls that outlive a restart.
-- Each day of the delivery log keeps the pass (cycle) its excerpt belongs to, the question of the day asked with it
-- (as JSON), the key its answers are stored under (quiz_answers.quiz_id), which of the day's messages went out (a
-- retry sends only the rest) and when its answer was revealed.
ALTER TABLE daily_deliveries ADD COLUMN cycle INTEGER NOT NULL DEFAULT 1;
ALTER TABLE daily_deliveries ADD COLUMN question TEXT;
ALTER TABLE daily_deliveries ADD COLUMN answers_key TEXT;
ALTER TABLE daily_deliveries ADD COLUMN sent_parts TEXT NOT NULL DEFAULT '';
ALTER TABLE daily_deliveries ADD COLUMN revealed_at INTEGER;
-- A platform's poll and the control it stands for (an encoded action), so that a vote that comes after a restart
-- still counts.
CREATE TABLE posted_polls (
    platform   TEXT    NOT NULL,
    poll_id    TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    message_id TEXT,
    action     TEXT    NOT NULL,
    posted_at  INTEGER NOT NULL,
    PRIMARY KEY (platform, poll_id)
);
CREATE INDEX posted_polls_age ON posted_polls (posted_at);
