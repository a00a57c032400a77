-- Pending articles, and the records that keep a request from being handled twice: seen Slack events, signed requests
-- (replay guard) and used sign-in links. The last three are inserted with ON CONFLICT, so of two replicas exactly one wins.

CREATE TABLE pending_articles (
    id           text PRIMARY KEY,
    source       text NOT NULL,
    status       text NOT NULL,
    requested_at timestamptz NOT NULL,
    article      jsonb NOT NULL
);
CREATE INDEX pending_articles_source ON pending_articles (source);
CREATE INDEX pending_articles_status ON pending_articles (status, requested_at DESC);

CREATE TABLE seen_events (
    event_id text PRIMARY KEY,
    seen_at  timestamptz NOT NULL
);
CREATE INDEX seen_events_seen_at ON seen_events (seen_at);

CREATE TABLE replay_records (
    key        text PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
CREATE INDEX replay_records_expires_at ON replay_records (expires_at);

CREATE TABLE consumed_nonces (
    nonce      text PRIMARY KEY,
    expires_at timestamptz NOT NULL
);
CREATE INDEX consumed_nonces_expires_at ON consumed_nonces (expires_at);
