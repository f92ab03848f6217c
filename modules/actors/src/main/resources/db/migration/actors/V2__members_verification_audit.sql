-- Registration details, authorities' territories, members, the public-body domain allow-list,
-- the audit log and token revocations.
ALTER TABLE actors_organisation ADD COLUMN description VARCHAR(4000);
ALTER TABLE actors_organisation ADD COLUMN authority_level VARCHAR(32);
ALTER TABLE actors_organisation ADD COLUMN territory_code VARCHAR(16);
ALTER TABLE actors_organisation ADD COLUMN official_identifier VARCHAR(64);
ALTER TABLE actors_organisation ADD COLUMN keycloak_group_id VARCHAR(64);
CREATE INDEX actors_organisation_country_status ON actors_organisation (country, status);

CREATE TABLE actors_organisation_theme (
    organisation_id   UUID          NOT NULL REFERENCES actors_organisation (id) ON DELETE CASCADE,
    theme             VARCHAR(64)   NOT NULL,
    PRIMARY KEY (organisation_id, theme)
);

-- Personal fields are nullable: an erased member keeps its row, without them.
CREATE TABLE actors_member (
    id                UUID          NOT NULL PRIMARY KEY,
    organisation_id   UUID          NOT NULL REFERENCES actors_organisation (id),
    email             VARCHAR(254)  UNIQUE,
    first_name        VARCHAR(100),
    last_name         VARCHAR(100),
    language          VARCHAR(2),
    org_role          VARCHAR(16)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    keycloak_user_id  VARCHAR(64)   UNIQUE,
    joined_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at         TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL
);
CREATE INDEX actors_member_organisation ON actors_member (organisation_id);

CREATE TABLE actors_public_body_domain (
    domain            VARCHAR(253)  NOT NULL PRIMARY KEY,
    note              VARCHAR(500),
    added_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE actors_audit_entry (
    id                UUID          NOT NULL PRIMARY KEY,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_subject     VARCHAR(64),
    actor_name        VARCHAR(255),
    action            VARCHAR(64)   NOT NULL,
    target_type       VARCHAR(32)   NOT NULL,
    target_id         VARCHAR(255),
    organisation_id   UUID,
    before_state      VARCHAR(10000),
    after_state       VARCHAR(10000)
);
CREATE INDEX actors_audit_entry_time ON actors_audit_entry (occurred_at);
CREATE INDEX actors_audit_entry_actor ON actors_audit_entry (actor_subject);
CREATE INDEX actors_audit_entry_target ON actors_audit_entry (target_id);

-- Keyed by a SHA-256 of the token subject; rows live only as long as a token could.
CREATE TABLE actors_access_revocation (
    subject_hash      VARCHAR(64)   NOT NULL PRIMARY KEY,
    revoked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
