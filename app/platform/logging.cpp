// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logging.h"

Q_LOGGING_CATEGORY(lcPlatform, "papersieve.platform", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "papersieve.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcArxiv, "papersieve.arxiv", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "papersieve.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDigest, "papersieve.digest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScoring, "papersieve.scoring", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuthors, "papersieve.authors", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "papersieve.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "papersieve.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPdf, "papersieve.pdf", QtInfoMsg)
