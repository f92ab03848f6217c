-- The searchable copy of each published need and solution.
CREATE TABLE matchmaking_profile (
    id                UUID          NOT NULL PRIMARY KEY,
    side              VARCHAR(16)   NOT NULL,
    original_language VARCHAR(2)    NOT NULL,
    title             VARCHAR(300)  NOT NULL,
    body              VARCHAR(20000) NOT NULL,
    version           BIGINT        NOT NULL
);
