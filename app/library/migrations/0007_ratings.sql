-- SPDX-FileCopyrightText: 2026 The PaperSieve authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 7: a rating belongs to the reading profile it was given under, so that each profile's
-- local ranker learns only what the reader taught it. A star stays one mark per paper (it is a
-- bookmark), but remembers the profile it was given under for the same reason.

-- 1 not interested, 2 thumbs down, 3 neutral, 4 and 5 thumbs up. `profile` is the profile's
-- name, as scheduled_days keeps it: a profile the library has no row for ("default") can rate.
CREATE TABLE ratings (
    profile  TEXT    NOT NULL CHECK (profile <> ''),
    paper_id TEXT    NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    rating   INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    rated_at TEXT    NOT NULL,
    PRIMARY KEY (profile, paper_id)
) WITHOUT ROWID;

CREATE INDEX ratings_by_paper ON ratings (paper_id);

-- Ratings and stars given so far had no profile: they go to the one the window opens with when
-- the reader never chose another ('default' when it exists, else the first by name).
INSERT INTO ratings (profile, paper_id, rating, rated_at)
SELECT COALESCE((SELECT name FROM profiles WHERE name = 'default'),
                (SELECT name FROM profiles ORDER BY name LIMIT 1),
                'default'),
       paper_id,
       rating,
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM reading
WHERE rating IS NOT NULL;

ALTER TABLE reading ADD COLUMN starred_profile TEXT;

UPDATE reading
SET starred_profile = COALESCE((SELECT name FROM profiles WHERE name = 'default'),
                               (SELECT name FROM profiles ORDER BY name LIMIT 1),
                               'default')
WHERE starred = 1;

ALTER TABLE reading DROP COLUMN rating;
