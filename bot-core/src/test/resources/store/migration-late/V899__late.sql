-- A test migration numbered below one already applied: it must stop the start, not run out of order.
CREATE TABLE late_arrival (id TEXT PRIMARY KEY);
