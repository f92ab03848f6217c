-- The profile learns who may see it and its published theme codes, and carries the two pending
-- jobs of the pipeline: translation (translation_state PENDING) and match computation
-- (matches_due_at, with announce_matches saying whether the item's own content changed, so that
-- new matches are announced, or only a candidate changed, so that they are merely refreshed).
ALTER TABLE matchmaking_profile ADD COLUMN visibility VARCHAR(16) DEFAULT 'PUBLIC' NOT NULL;
ALTER TABLE matchmaking_profile ADD COLUMN theme_codes VARCHAR(400) DEFAULT '' NOT NULL;
ALTER TABLE matchmaking_profile ADD COLUMN label VARCHAR(200);
ALTER TABLE matchmaking_profile ADD COLUMN matches_due_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE matchmaking_profile ADD COLUMN announce_matches BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE matchmaking_profile ADD COLUMN matches_claimed_until TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE matchmaking_profile ADD COLUMN translation_claimed_until TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE matchmaking_profile ALTER COLUMN title SET DATA TYPE VARCHAR(600);
ALTER TABLE matchmaking_profile ALTER COLUMN title_fr SET DATA TYPE VARCHAR(800);
ALTER TABLE matchmaking_profile ALTER COLUMN title_en SET DATA TYPE VARCHAR(800);
ALTER TABLE matchmaking_profile ALTER COLUMN title_es SET DATA TYPE VARCHAR(800);
ALTER TABLE matchmaking_profile ALTER COLUMN body SET DATA TYPE VARCHAR(25000);
ALTER TABLE matchmaking_profile ALTER COLUMN body_fr SET DATA TYPE VARCHAR(40000);
ALTER TABLE matchmaking_profile ALTER COLUMN body_en SET DATA TYPE VARCHAR(40000);
ALTER TABLE matchmaking_profile ALTER COLUMN body_es SET DATA TYPE VARCHAR(40000);
CREATE INDEX matchmaking_profile_matches_due ON matchmaking_profile (matches_due_at);
CREATE INDEX matchmaking_profile_translation ON matchmaking_profile (translation_state);

-- A scored pair, per direction: a need's ranked solutions and a solution's ranked needs are
-- computed from each side (scores are relative to each item's best candidates), so each side
-- reads and announces its own. announced_score is the score last announced (MatchFound).
CREATE TABLE matchmaking_match (
    id              UUID          NOT NULL PRIMARY KEY,
    direction       VARCHAR(24)   NOT NULL,
    need_id         UUID          NOT NULL,
    solution_id     UUID          NOT NULL,
    score           INTEGER       NOT NULL,
    explanation     VARCHAR(8000) NOT NULL,
    algorithm       VARCHAR(64)   NOT NULL,
    computed_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    announced_score INTEGER,
    CONSTRAINT matchmaking_match_pair UNIQUE (direction, need_id, solution_id),
    CONSTRAINT matchmaking_match_direction CHECK (direction IN ('NEED_TO_SOLUTIONS', 'SOLUTION_TO_NEEDS')),
    CONSTRAINT matchmaking_match_score CHECK (score BETWEEN 0 AND 100)
);
CREATE INDEX matchmaking_match_by_need ON matchmaking_match (need_id, direction, score);
CREATE INDEX matchmaking_match_by_solution ON matchmaking_match (solution_id, direction, score);

-- The owning authority's verdict on a pair, kept when matches are recomputed.
CREATE TABLE matchmaking_feedback (
    need_id      UUID          NOT NULL,
    solution_id  UUID          NOT NULL,
    relevant     BOOLEAN       NOT NULL,
    score        INTEGER       NOT NULL,
    algorithm    VARCHAR(64)   NOT NULL,
    given_by     VARCHAR(255)  NOT NULL,
    given_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (need_id, solution_id)
);
