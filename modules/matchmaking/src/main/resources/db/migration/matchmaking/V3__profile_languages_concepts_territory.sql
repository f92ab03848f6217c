-- Each profile carries its machine translations beside the original (title and body), the
-- concepts and themes found in it, where it stands and how mature it is, for the scorer.
ALTER TABLE matchmaking_profile ADD COLUMN external_ref VARCHAR(64);
ALTER TABLE matchmaking_profile ADD COLUMN owner_id UUID;
ALTER TABLE matchmaking_profile ADD COLUMN status VARCHAR(16) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE matchmaking_profile ADD COLUMN title_fr VARCHAR(300);
ALTER TABLE matchmaking_profile ADD COLUMN body_fr VARCHAR(20000);
ALTER TABLE matchmaking_profile ADD COLUMN title_en VARCHAR(300);
ALTER TABLE matchmaking_profile ADD COLUMN body_en VARCHAR(20000);
ALTER TABLE matchmaking_profile ADD COLUMN title_es VARCHAR(300);
ALTER TABLE matchmaking_profile ADD COLUMN body_es VARCHAR(20000);
ALTER TABLE matchmaking_profile ADD COLUMN translation_state VARCHAR(16) DEFAULT 'PENDING' NOT NULL;
ALTER TABLE matchmaking_profile ADD COLUMN concepts VARCHAR(4000) DEFAULT '' NOT NULL;
ALTER TABLE matchmaking_profile ADD COLUMN themes VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE matchmaking_profile ADD COLUMN thesaurus_version VARCHAR(16);
ALTER TABLE matchmaking_profile ADD COLUMN country VARCHAR(2);
ALTER TABLE matchmaking_profile ADD COLUMN region VARCHAR(200);
ALTER TABLE matchmaking_profile ADD COLUMN trl INTEGER;
ALTER TABLE matchmaking_profile ADD CONSTRAINT matchmaking_profile_trl_range CHECK (trl IS NULL OR trl BETWEEN 1 AND 9);
CREATE UNIQUE INDEX matchmaking_profile_external_ref ON matchmaking_profile (side, external_ref);
CREATE INDEX matchmaking_profile_side_status ON matchmaking_profile (side, status);
