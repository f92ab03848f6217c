-- Organisations of every kind, with their verification state.
CREATE TABLE actors_organisation (
    id                UUID          NOT NULL PRIMARY KEY,
    external_ref      VARCHAR(64)   UNIQUE,
    kind              VARCHAR(32)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    website           VARCHAR(500),
    country           VARCHAR(2)    NOT NULL,
    region            VARCHAR(200),
    city              VARCHAR(200),
    population        INTEGER,
    status            VARCHAR(16)   NOT NULL,
    status_reason     VARCHAR(1000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL
);

CREATE TABLE actors_organisation_language (
    organisation_id   UUID          NOT NULL REFERENCES actors_organisation (id) ON DELETE CASCADE,
    language          VARCHAR(2)    NOT NULL,
    PRIMARY KEY (organisation_id, language)
);
