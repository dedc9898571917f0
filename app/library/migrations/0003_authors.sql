-- SPDX-FileCopyrightText: 2026 The PaperSieve authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 3: what Semantic Scholar said about papers and authors, so a day is looked up in a few
-- requests once and never again until the answers are old.

-- One row per arXiv paper asked about: 'known' with its authors below, or 'unknown' (S2 had not
-- indexed it yet, common on announcement day; asked again after a shorter age).
CREATE TABLE s2_papers (
    paper_id   TEXT NOT NULL PRIMARY KEY,
    status     TEXT NOT NULL CHECK (status IN ('known', 'unknown')),
    fetched_at TEXT NOT NULL
) WITHOUT ROWID;

-- A known paper's authors in order; author_id is NULL for a name S2 did not link to a profile.
CREATE TABLE s2_paper_authors (
    paper_id  TEXT    NOT NULL REFERENCES s2_papers (paper_id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position >= 0),
    author_id TEXT,
    name      TEXT    NOT NULL,
    PRIMARY KEY (paper_id, position)
) WITHOUT ROWID;

CREATE INDEX s2_paper_authors_by_author ON s2_paper_authors (author_id);

CREATE TABLE s2_authors (
    author_id   TEXT    NOT NULL PRIMARY KEY CHECK (author_id <> ''),
    name        TEXT    NOT NULL,
    h_index     INTEGER CHECK (h_index IS NULL OR h_index >= 0),
    paper_count INTEGER,
    fetched_at  TEXT    NOT NULL
) WITHOUT ROWID;
