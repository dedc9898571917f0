-- SPDX-FileCopyrightText: 2026 The PaperSieve authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 2: what the LLM stage needs to resume a run, never pay twice for an answer, and show
-- what every request cost.

-- The prompt as sent (system text and the stable part of the user message), for the digest.
ALTER TABLE runs ADD COLUMN prompt TEXT;
ALTER TABLE runs ADD COLUMN budget_usd REAL CHECK (budget_usd IS NULL OR budget_usd >= 0);
-- 0 when some request's model had no price: cost_usd then sums only the priced ones.
ALTER TABLE runs ADD COLUMN cost_known INTEGER NOT NULL DEFAULT 1 CHECK (cost_known IN (0, 1));
ALTER TABLE runs ADD COLUMN requests INTEGER NOT NULL DEFAULT 0 CHECK (requests >= 0);
ALTER TABLE runs ADD COLUMN reason TEXT;

-- Every request a run made, answered or not, with what the provider reported it used.
CREATE TABLE run_requests (
    run_id            INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL CHECK (seq >= 0),
    stage             TEXT    NOT NULL CHECK (stage IN ('abstract', 'title')),
    papers            TEXT    NOT NULL CHECK (json_valid(papers)),
    status            TEXT    NOT NULL CHECK (status IN ('answered', 'failed')),
    prompt_tokens     INTEGER NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
    cached_tokens     INTEGER NOT NULL DEFAULT 0 CHECK (cached_tokens >= 0),
    completion_tokens INTEGER NOT NULL DEFAULT 0 CHECK (completion_tokens >= 0),
    cost_usd          REAL CHECK (cost_usd IS NULL OR cost_usd >= 0),
    error             TEXT,
    started_at        TEXT    NOT NULL,
    finished_at       TEXT    NOT NULL,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

-- The response cache: one model's answer about one version of a paper under one wording of the
-- criteria. The abstract stage stores scores; the title stage stores verdict 'irrelevant'.
CREATE TABLE llm_answers (
    paper_id       TEXT    NOT NULL,
    paper_version  INTEGER NOT NULL CHECK (paper_version >= 0),
    criteria_hash  TEXT    NOT NULL,
    prompt_version INTEGER NOT NULL,
    model          TEXT    NOT NULL,
    stage          TEXT    NOT NULL CHECK (stage IN ('abstract', 'title')),
    relevance      INTEGER CHECK (relevance BETWEEN 1 AND 10),
    novelty        INTEGER CHECK (novelty BETWEEN 1 AND 10),
    comment        TEXT,
    verdict        TEXT,
    answered_at    TEXT    NOT NULL,
    PRIMARY KEY (paper_id, paper_version, criteria_hash, prompt_version, model, stage)
) WITHOUT ROWID;

-- The reader's price table, dollars per million tokens; empty means the built-in defaults.
CREATE TABLE prices (
    model                 TEXT NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (model <> ''),
    input_per_mtok        REAL NOT NULL CHECK (input_per_mtok >= 0),
    cached_input_per_mtok REAL NOT NULL CHECK (cached_input_per_mtok >= 0),
    output_per_mtok       REAL NOT NULL CHECK (output_per_mtok >= 0)
);
