-- What each member chose to be told, and how. No row means the defaults.
-- themes: comma-separated theme codes; empty means every theme.
CREATE TABLE notifications_preference (
    subject          VARCHAR(64)   NOT NULL PRIMARY KEY,
    email            BOOLEAN       NOT NULL,
    webhook          BOOLEAN       NOT NULL,
    min_score        INTEGER       NOT NULL,
    themes           VARCHAR(2000) NOT NULL,
    frequency        VARCHAR(16)   NOT NULL,
    language         VARCHAR(2),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL
);

-- One row per member told about one thing. The unique key is what makes a notification exist
-- once, whatever the number of times its cause is replayed: about_id is the solution (matches,
-- expressions of interest) or the question (answers).
-- seq is given after commit, in commit order, by one sequencer at a time (notifications_stream_head):
-- it is the public id, and a reader that has seen seq n has seen every smaller one.
CREATE TABLE notifications_inbox (
    id                 UUID          NOT NULL PRIMARY KEY,
    seq                BIGINT        UNIQUE,
    recipient_subject  VARCHAR(64)   NOT NULL,
    organisation_id    UUID          NOT NULL,
    kind               VARCHAR(32)   NOT NULL,
    need_id            UUID          NOT NULL,
    about_id           UUID          NOT NULL,
    score              INTEGER,
    details            VARCHAR(8000) NOT NULL,
    awaits_digest      BOOLEAN       NOT NULL,
    digest_id          UUID,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notifications_inbox_once UNIQUE (recipient_subject, kind, need_id, about_id)
);
CREATE INDEX notifications_inbox_recipient ON notifications_inbox (recipient_subject, seq);
CREATE INDEX notifications_inbox_digest ON notifications_inbox (awaits_digest, digest_id);

CREATE SEQUENCE notifications_inbox_seq;

-- The row sequencers lock, so that sequence numbers are handed out by one transaction at a time.
CREATE TABLE notifications_stream_head (
    id               INTEGER       NOT NULL PRIMARY KEY
);
INSERT INTO notifications_stream_head (id) VALUES (1);

-- One digest per member and period: the unique key lets several instances race for it safely.
CREATE TABLE notifications_digest (
    id                 UUID          NOT NULL PRIMARY KEY,
    recipient_subject  VARCHAR(64)   NOT NULL,
    period             VARCHAR(64)   NOT NULL,
    item_count         INTEGER       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT notifications_digest_once UNIQUE (recipient_subject, period)
);
