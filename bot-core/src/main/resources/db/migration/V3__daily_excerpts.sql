-- V3: daily excerpts. A subscription per chat (its time, zone, next due instant and reading position), and the
-- delivery log: one row per chat and local date, which is what keeps a day from ever being delivered twice.
CREATE TABLE daily_subscriptions (
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    local_time TEXT    NOT NULL,
    zone       TEXT    NOT NULL,
    state      TEXT    NOT NULL,
    next_due   INTEGER NOT NULL,
    due_date   TEXT    NOT NULL,
    doc_id     TEXT,
    part       INTEGER NOT NULL DEFAULT 0,
    cycle      INTEGER NOT NULL DEFAULT 1,
    failures   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (platform, chat_id)
);
CREATE INDEX daily_subscriptions_due ON daily_subscriptions (state, next_due);
CREATE TABLE daily_deliveries (
    platform    TEXT    NOT NULL,
    chat_id     TEXT    NOT NULL,
    local_date  TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    doc_id      TEXT,
    part        INTEGER,
    lease_until INTEGER,
    retry_at    INTEGER,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (platform, chat_id, local_date)
);
