-- Needs, calls for solutions, solutions, the dialogue between authorities and startups, and what
-- the module records for idempotent requests and its event log. Portable SQL: H2 (PostgreSQL mode)
-- and PostgreSQL 15.

CREATE TABLE projects_call (
    id                UUID          NOT NULL PRIMARY KEY,
    owner_id          UUID          NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    description       VARCHAR(5000),
    status            VARCHAR(16)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE INDEX projects_call_list ON projects_call (created_at, id);

CREATE TABLE projects_call_phase (
    call_id           UUID          NOT NULL REFERENCES projects_call (id) ON DELETE CASCADE,
    kind              VARCHAR(32)   NOT NULL,
    starts_on         DATE          NOT NULL,
    ends_on           DATE          NOT NULL,
    PRIMARY KEY (call_id, kind)
);

CREATE TABLE projects_need (
    id                UUID          NOT NULL PRIMARY KEY,
    external_ref      VARCHAR(64)   UNIQUE,
    owner_id          UUID          NOT NULL,
    call_id           UUID          REFERENCES projects_call (id),
    title             VARCHAR(200)  NOT NULL,
    problem_statement VARCHAR(10000) NOT NULL,
    revision          INTEGER       NOT NULL,
    context           VARCHAR(5000),
    expected_outcomes VARCHAR(5000),
    constraints_text  VARCHAR(5000),
    country           VARCHAR(2)    NOT NULL,
    region            VARCHAR(200),
    municipality      VARCHAR(200),
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    population_band   VARCHAR(16),
    budget_min        BIGINT,
    budget_max        BIGINT,
    currency          VARCHAR(3),
    deadline          DATE,
    language          VARCHAR(2)    NOT NULL,
    language_detected BOOLEAN       NOT NULL,
    visibility        VARCHAR(16)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    status_reason     VARCHAR(1000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL
);
CREATE INDEX projects_need_by_status ON projects_need (status, created_at, id);
CREATE INDEX projects_need_by_owner ON projects_need (owner_id, created_at, id);
CREATE INDEX projects_need_by_call ON projects_need (call_id);

CREATE TABLE projects_need_theme (
    need_id           UUID          NOT NULL REFERENCES projects_need (id) ON DELETE CASCADE,
    theme             VARCHAR(40)   NOT NULL,
    PRIMARY KEY (need_id, theme)
);
CREATE INDEX projects_need_theme_by_theme ON projects_need_theme (theme);

-- Every version of a need's problem statement; the need row holds the current one.
CREATE TABLE projects_need_revision (
    need_id           UUID          NOT NULL REFERENCES projects_need (id) ON DELETE CASCADE,
    number            INTEGER       NOT NULL,
    problem_statement VARCHAR(10000) NOT NULL,
    note              VARCHAR(500),
    author            VARCHAR(100),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (need_id, number)
);

CREATE TABLE projects_solution (
    id                UUID          NOT NULL PRIMARY KEY,
    external_ref      VARCHAR(64)   UNIQUE,
    owner_id          UUID          NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    summary           VARCHAR(300)  NOT NULL,
    description       VARCHAR(5000) NOT NULL,
    trl               INTEGER       NOT NULL,
    pricing_model     VARCHAR(16),
    language          VARCHAR(2)    NOT NULL,
    language_detected BOOLEAN       NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL
);
CREATE INDEX projects_solution_by_status ON projects_solution (status, created_at, id);
CREATE INDEX projects_solution_by_owner ON projects_solution (owner_id, created_at, id);

CREATE TABLE projects_solution_theme (
    solution_id       UUID          NOT NULL REFERENCES projects_solution (id) ON DELETE CASCADE,
    theme             VARCHAR(40)   NOT NULL,
    PRIMARY KEY (solution_id, theme)
);
CREATE INDEX projects_solution_theme_by_theme ON projects_solution_theme (theme);

CREATE TABLE projects_solution_reference (
    solution_id       UUID          NOT NULL REFERENCES projects_solution (id) ON DELETE CASCADE,
    position          INTEGER       NOT NULL,
    place             VARCHAR(200)  NOT NULL,
    PRIMARY KEY (solution_id, position)
);

CREATE TABLE projects_solution_language (
    solution_id       UUID          NOT NULL REFERENCES projects_solution (id) ON DELETE CASCADE,
    language          VARCHAR(2)    NOT NULL,
    PRIMARY KEY (solution_id, language)
);

CREATE TABLE projects_solution_coverage (
    solution_id       UUID          NOT NULL REFERENCES projects_solution (id) ON DELETE CASCADE,
    area              VARCHAR(6)    NOT NULL,
    PRIMARY KEY (solution_id, area)
);

CREATE TABLE projects_question (
    id                UUID          NOT NULL PRIMARY KEY,
    need_id           UUID          NOT NULL REFERENCES projects_need (id),
    need_owner_id     UUID          NOT NULL,
    asker_organisation_id UUID      NOT NULL,
    asker_subject     VARCHAR(100)  NOT NULL,
    text              VARCHAR(2000) NOT NULL,
    answer            VARCHAR(5000),
    asked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at       TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL
);
CREATE INDEX projects_question_by_need ON projects_question (need_id, asked_at, id);
CREATE INDEX projects_question_by_owner ON projects_question (need_owner_id);

CREATE TABLE projects_interest (
    id                UUID          NOT NULL PRIMARY KEY,
    need_id           UUID          NOT NULL REFERENCES projects_need (id),
    need_owner_id     UUID          NOT NULL,
    solution_id       UUID          NOT NULL REFERENCES projects_solution (id),
    solution_owner_id UUID          NOT NULL,
    pitch             VARCHAR(1000) NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    decline_reason    VARCHAR(1000),
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at       TIMESTAMP WITH TIME ZONE,
    decided_at        TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL,
    CONSTRAINT projects_interest_once UNIQUE (need_id, solution_id)
);
CREATE INDEX projects_interest_by_need_owner ON projects_interest (need_owner_id, status, submitted_at);
CREATE INDEX projects_interest_by_solution_owner ON projects_interest (solution_owner_id, submitted_at);

-- How many days an authority gives itself to answer an expression of interest.
CREATE TABLE projects_authority_settings (
    organisation_id   UUID          NOT NULL PRIMARY KEY,
    answer_days       INTEGER       NOT NULL,
    version           BIGINT        NOT NULL
);

CREATE TABLE projects_outcome (
    id                UUID          NOT NULL PRIMARY KEY,
    interest_id       UUID          NOT NULL UNIQUE REFERENCES projects_interest (id),
    need_id           UUID          NOT NULL REFERENCES projects_need (id),
    solution_id       UUID          NOT NULL REFERENCES projects_solution (id),
    authority_id      UUID          NOT NULL,
    startup_id        UUID          NOT NULL,
    stage             VARCHAR(16)   NOT NULL,
    abandon_reason    VARCHAR(1000),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE INDEX projects_outcome_by_need ON projects_outcome (need_id);

CREATE TABLE projects_outcome_step (
    outcome_id        UUID          NOT NULL REFERENCES projects_outcome (id) ON DELETE CASCADE,
    position          INTEGER       NOT NULL,
    stage             VARCHAR(16)   NOT NULL,
    reached_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (outcome_id, position)
);

-- The answer to a POST sent with an Idempotency-Key, replayed when the same caller sends the same
-- key and body again.
CREATE TABLE projects_idempotency (
    caller            VARCHAR(100)  NOT NULL,
    idempotency_key   VARCHAR(100)  NOT NULL,
    request_hash      VARCHAR(64)   NOT NULL,
    status            INTEGER       NOT NULL,
    body              VARCHAR(200000),
    location          VARCHAR(500),
    etag              VARCHAR(100),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

-- Every event the module fired, written in the transaction that fired it: the audit trail of
-- changes, and the proof that each committed change fired one event and a rolled-back one none.
CREATE TABLE projects_event_log (
    id                UUID          NOT NULL PRIMARY KEY,
    type              VARCHAR(64)   NOT NULL,
    subject_id        UUID          NOT NULL,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    payload           VARCHAR(100000) NOT NULL
);
CREATE INDEX projects_event_log_by_subject ON projects_event_log (subject_id, occurred_at);
