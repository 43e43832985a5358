-- A test migration with a trigger: its body holds statements ending in ';' at the end of a line, which the
-- hand-written runner cut apart.
CREATE TABLE answer_counts (
    quiz_id TEXT PRIMARY KEY,
    answers INTEGER NOT NULL
);
CREATE TRIGGER count_answers AFTER INSERT ON quiz_answers
BEGIN
    INSERT INTO answer_counts(quiz_id, answers) VALUES (NEW.quiz_id, 0) ON CONFLICT DO NOTHING;
    UPDATE answer_counts SET answers = answers + 1 WHERE quiz_id = NEW.quiz_id;
END;
