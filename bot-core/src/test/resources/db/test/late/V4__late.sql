-- Numbered below a migration already applied: must be refused, not applied out of order.
CREATE TABLE late (id INTEGER PRIMARY KEY);
