-- Hibernate Search's outbox-polling coordination (scale profile): entity changes wait here until
-- an instance indexes them, and instances register as agents to share the work. The columns are
-- those Hibernate Search 7.2 maps (generated from its own mapping); the tables are unused by the
-- embedded profile, which indexes directly.
CREATE TABLE hsearch_agent (
    id                 UUID         NOT NULL PRIMARY KEY,
    type               VARCHAR(255) NOT NULL,
    name               VARCHAR(255) NOT NULL,
    expiration         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state              VARCHAR(255) NOT NULL,
    totalShardCount    INTEGER,
    assignedShardIndex INTEGER,
    tenantId           VARCHAR(255),
    payload            BYTEA,
    CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
    CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING'))
);

CREATE TABLE hsearch_outbox_event (
    id           UUID         NOT NULL PRIMARY KEY,
    entityName   VARCHAR(256) NOT NULL,
    entityId     VARCHAR(256) NOT NULL,
    entityIdHash INTEGER      NOT NULL,
    payload      BYTEA        NOT NULL,
    retries      INTEGER      NOT NULL,
    processAfter TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status       VARCHAR(255) NOT NULL,
    tenantId     VARCHAR(255),
    CHECK (status IN ('PENDING', 'ABORTED'))
);

CREATE INDEX hsearch_outbox_event_entity_id_hash ON hsearch_outbox_event (entityIdHash);
CREATE INDEX hsearch_outbox_event_status ON hsearch_outbox_event (status);
CREATE INDEX hsearch_outbox_event_process_after ON hsearch_outbox_event (processAfter);
