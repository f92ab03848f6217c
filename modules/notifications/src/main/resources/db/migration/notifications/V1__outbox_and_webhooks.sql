-- Each organisation's webhook: where to POST events and the secret they are signed with.
CREATE TABLE notifications_webhook (
    organisation_id  UUID          NOT NULL PRIMARY KEY,
    url              VARCHAR(2000) NOT NULL,
    secret           VARCHAR(100)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL
);

-- What is to be delivered, written in the transaction of the change that causes it.
-- message_id is the webhook-id receivers deduplicate on: it never changes across retries.
CREATE TABLE notifications_outbox (
    id               UUID          NOT NULL PRIMARY KEY,
    channel          VARCHAR(16)   NOT NULL,
    organisation_id  UUID          NOT NULL,
    message_id       VARCHAR(64)   NOT NULL UNIQUE,
    event_type       VARCHAR(64)   NOT NULL,
    payload          VARCHAR(20000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL
);

CREATE INDEX notifications_outbox_due ON notifications_outbox (status, next_attempt_at);
