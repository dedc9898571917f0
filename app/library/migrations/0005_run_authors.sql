-- SPDX-FileCopyrightText: 2026 The PaperSieve authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 5: what a run's author stage found before the LLM stages, so the window and the
-- exports can say it later. Every paper the stage looked at is in exactly one of looked_up,
-- from_cache, unknown (Semantic Scholar does not know it yet) and not_looked_up (Semantic
-- Scholar failed or was too slow); all four stay 0 when only names were matched. A run without
-- an author stage has no row.
CREATE TABLE run_authors (
    run_id         INTEGER NOT NULL PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    followed       INTEGER NOT NULL DEFAULT 0 CHECK (followed >= 0),
    below_cutoff   INTEGER NOT NULL DEFAULT 0 CHECK (below_cutoff >= 0),
    h_index_cutoff INTEGER CHECK (h_index_cutoff IS NULL OR h_index_cutoff > 0),
    looked_up      INTEGER NOT NULL DEFAULT 0 CHECK (looked_up >= 0),
    from_cache     INTEGER NOT NULL DEFAULT 0 CHECK (from_cache >= 0),
    unknown        INTEGER NOT NULL DEFAULT 0 CHECK (unknown >= 0),
    not_looked_up  INTEGER NOT NULL DEFAULT 0 CHECK (not_looked_up >= 0),
    requests       INTEGER NOT NULL DEFAULT 0 CHECK (requests >= 0),
    problem        TEXT,
    recorded_at    TEXT    NOT NULL
);
