-- Where a row of the two logs without a natural key came from, when `chatbot db copy` brought it over from another
-- store ('litedb:<id>'): copying again finds the row instead of adding it twice. NULL for rows written here; a unique
-- index allows any number of NULLs.

ALTER TABLE moderation_log ADD COLUMN source_id text;
CREATE UNIQUE INDEX moderation_log_source_id ON moderation_log (source_id);

ALTER TABLE asked_questions ADD COLUMN source_id text;
CREATE UNIQUE INDEX asked_questions_source_id ON asked_questions (source_id);
