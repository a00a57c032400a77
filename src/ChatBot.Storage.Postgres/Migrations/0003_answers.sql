-- What every answer leaves behind (written by PostgresAnswerRecords in one transaction): the archived answer its
-- buttons read, the conversation's last question, the asker's history entry and the reply kept for "Share to channel".

CREATE TABLE answer_archive (
    id     text PRIMARY KEY,
    at     timestamptz NOT NULL,
    answer jsonb NOT NULL
);
CREATE INDEX answer_archive_at ON answer_archive (at);

CREATE TABLE shared_replies (
    id    text PRIMARY KEY,
    at    timestamptz NOT NULL,
    reply jsonb NOT NULL
);
CREATE INDEX shared_replies_at ON shared_replies (at);

CREATE TABLE conversations (
    conversation text PRIMARY KEY,
    question     text NOT NULL,
    at           timestamptz NOT NULL
);
CREATE INDEX conversations_at ON conversations (at);

-- workspace_id is '' where the platform has none.
CREATE TABLE asked_questions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform     text NOT NULL,
    workspace_id text NOT NULL,
    user_id      text NOT NULL,
    question     text NOT NULL,
    status       text NOT NULL,
    at           timestamptz NOT NULL
);
CREATE INDEX asked_questions_person ON asked_questions (platform, workspace_id, user_id, at DESC);
CREATE INDEX asked_questions_at ON asked_questions (at);
