-- SPDX-FileCopyrightText: 2026 The PaperSieve authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 6: prompt tokens a provider wrote to its prompt cache (Anthropic's
-- cache_creation_input_tokens), part of prompt_tokens like cached_tokens, but billed above the
-- input price; the day's cost is recomputed from the counts, so they must be kept.
ALTER TABLE runs ADD COLUMN cache_write_tokens INTEGER NOT NULL DEFAULT 0
    CHECK (cache_write_tokens >= 0);
ALTER TABLE run_requests ADD COLUMN cache_write_tokens INTEGER NOT NULL DEFAULT 0
    CHECK (cache_write_tokens >= 0);
