-- SPDX-FileCopyrightText: 2026 The PaperSieve authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 4: what the daily schedule did, so that a day is never run twice for a profile, even
-- across restarts. 'claimed' is written before the run starts and 'ran' once it ended; a day
-- left 'claimed' by a crash is continued (the run itself never pays twice).
CREATE TABLE scheduled_days (
    profile    TEXT NOT NULL CHECK (profile <> ''),
    date       TEXT NOT NULL CHECK (date(date) IS date),
    outcome    TEXT NOT NULL CHECK (outcome IN ('claimed', 'ran', 'no-announcement')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (profile, date)
) WITHOUT ROWID;
