-- Fact cards, their revisions, the moderation log, feedback votes and quizzes: what moderators and voters write.
-- Whole records the database never looks into are JSONB; what is looked up, filtered or ordered by is a column.

CREATE TABLE fact_cards (
    slug         text PRIMARY KEY,
    version      integer NOT NULL,
    is_deleted   boolean NOT NULL,
    needs_review boolean NOT NULL,
    updated_at   timestamptz NOT NULL,
    card         jsonb NOT NULL
);

CREATE TABLE fact_card_revisions (
    slug     text NOT NULL,
    version  integer NOT NULL,
    action   text NOT NULL,
    by_actor text NOT NULL,
    at       timestamptz NOT NULL,
    revision jsonb NOT NULL,
    PRIMARY KEY (slug, version)
);

CREATE TABLE moderation_log (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       timestamptz NOT NULL,
    platform text NOT NULL,
    user_id  text NOT NULL,
    action   text NOT NULL,
    target   text NOT NULL,
    outcome  text NOT NULL
);

CREATE TABLE feedback (
    answer_id text NOT NULL,
    platform  text NOT NULL,
    user_id   text NOT NULL,
    vote      smallint NOT NULL,
    at        timestamptz NOT NULL,
    feedback  jsonb NOT NULL,
    PRIMARY KEY (answer_id, platform, user_id)
);
CREATE INDEX feedback_at ON feedback (at);

CREATE TABLE quiz_questions (
    id         text PRIMARY KEY,
    expires_at timestamptz NOT NULL,
    question   jsonb NOT NULL
);
CREATE INDEX quiz_questions_expires_at ON quiz_questions (expires_at);

-- A person's first answer to a question: the primary key makes it count once, however many presses arrive.
CREATE TABLE quiz_answers (
    quiz_id text NOT NULL,
    user_id text NOT NULL,
    choice  integer NOT NULL,
    correct boolean NOT NULL,
    at      timestamptz NOT NULL,
    PRIMARY KEY (quiz_id, user_id)
);

-- workspace_id is '' where the platform has none (Discord DMs), so it can be part of the key.
CREATE TABLE quiz_scores (
    platform     text NOT NULL,
    workspace_id text NOT NULL,
    channel_id   text NOT NULL,
    user_id      text NOT NULL,
    display_name text,
    correct      integer NOT NULL,
    answered     integer NOT NULL,
    first_at     timestamptz NOT NULL,
    PRIMARY KEY (platform, workspace_id, channel_id, user_id)
);
