-- SPDX-FileCopyrightText: 2026 The PaperSieve authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 1. Dates are ISO text (YYYY-MM-DD), timestamps ISO 8601 UTC text, lists JSON arrays.
-- The migration runner splits this file on ';' at the end of a statement: no triggers here.

-- One row per paper, describing its latest known version. `seq` is the papers_fts rowid: the
-- implicit rowid of a table with a TEXT key may change on VACUUM, an ordinary column does not.
CREATE TABLE papers (
    id               TEXT    NOT NULL PRIMARY KEY CHECK (id <> ''),
    seq              INTEGER NOT NULL UNIQUE,
    version          INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    title            TEXT    NOT NULL DEFAULT '',
    abstract         TEXT    NOT NULL DEFAULT '',
    comment          TEXT,
    journal_ref      TEXT,
    doi              TEXT,
    license          TEXT,
    primary_category TEXT,
    published        TEXT,
    updated          TEXT,
    first_seen       TEXT    NOT NULL
);

CREATE TABLE paper_authors (
    paper_id TEXT    NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    name     TEXT    NOT NULL,
    PRIMARY KEY (paper_id, position)
) WITHOUT ROWID;

CREATE TABLE paper_categories (
    paper_id TEXT    NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    category TEXT    NOT NULL CHECK (category <> ''),
    PRIMARY KEY (paper_id, position)
) WITHOUT ROWID;

CREATE INDEX paper_categories_by_category ON paper_categories (category, paper_id);

CREATE TABLE days (
    date       TEXT NOT NULL PRIMARY KEY CHECK (date(date) IS date),
    status     TEXT NOT NULL
               CHECK (status IN ('announced', 'no-announcement', 'not-yet-announced', 'failed')),
    categories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories)),
    source     TEXT,
    reason     TEXT,
    fetched_at TEXT NOT NULL
);

-- The papers of a day in feed order; every listing of the day must name one of them.
CREATE TABLE day_papers (
    date     TEXT    NOT NULL REFERENCES days (date) ON DELETE CASCADE,
    paper_id TEXT    NOT NULL REFERENCES papers (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (date, paper_id),
    UNIQUE (date, position)
) WITHOUT ROWID;

CREATE INDEX day_papers_by_paper ON day_papers (paper_id);

CREATE TABLE announcements (
    date          TEXT    NOT NULL,
    paper_id      TEXT    NOT NULL REFERENCES papers (id),
    category      TEXT    NOT NULL CHECK (category <> ''),
    announce_type TEXT    NOT NULL
                  CHECK (announce_type IN ('new', 'cross', 'replace', 'replace-cross', 'unknown')),
    position      INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (date, paper_id, category),
    UNIQUE (date, position),
    FOREIGN KEY (date, paper_id) REFERENCES day_papers (date, paper_id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE INDEX announcements_by_paper ON announcements (paper_id);
CREATE INDEX announcements_by_category ON announcements (date, category);

CREATE TABLE profiles (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (name <> ''),
    categories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories)),
    criteria   TEXT NOT NULL DEFAULT '',
    settings   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    created_at TEXT NOT NULL
);

-- One scoring run of a profile over a day. Token counts are as the provider reported them.
CREATE TABLE runs (
    id                INTEGER PRIMARY KEY,
    profile_id        INTEGER REFERENCES profiles (id) ON DELETE SET NULL,
    date              TEXT    NOT NULL REFERENCES days (date) ON DELETE CASCADE,
    model             TEXT,
    provider          TEXT,
    status            TEXT    NOT NULL,
    prompt_version    TEXT,
    criteria_hash     TEXT,
    prompt_tokens     INTEGER NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
    cached_tokens     INTEGER NOT NULL DEFAULT 0 CHECK (cached_tokens >= 0),
    completion_tokens INTEGER NOT NULL DEFAULT 0 CHECK (completion_tokens >= 0),
    cost_usd          REAL    NOT NULL DEFAULT 0 CHECK (cost_usd >= 0),
    started_at        TEXT    NOT NULL,
    finished_at       TEXT
);

CREATE INDEX runs_by_date ON runs (date, id);
CREATE INDEX runs_by_profile ON runs (profile_id, date);

CREATE TABLE scores (
    run_id        INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    paper_id      TEXT    NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    relevance     INTEGER CHECK (relevance BETWEEN 0 AND 10),
    novelty       INTEGER CHECK (novelty BETWEEN 0 AND 10),
    comment       TEXT,
    source        TEXT,
    status        TEXT    NOT NULL
                  CHECK (status IN ('scored', 'failed', 'skipped', 'over-budget')),
    reason        TEXT,
    criteria_hash TEXT,
    PRIMARY KEY (run_id, paper_id)
) WITHOUT ROWID;

CREATE INDEX scores_by_paper ON scores (paper_id);

CREATE TABLE reading (
    paper_id TEXT    NOT NULL PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,
    starred  INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    read_at  TEXT,
    rating   INTEGER CHECK (rating BETWEEN 1 AND 5),
    note     TEXT
) WITHOUT ROWID;

-- Kept in step with papers by the library's code (rowid = papers.seq); authors are one string.
CREATE VIRTUAL TABLE papers_fts USING fts5 (
    title,
    abstract,
    authors,
    tokenize = 'unicode61 remove_diacritics 2'
);
