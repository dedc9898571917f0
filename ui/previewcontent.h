// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PREVIEWCONTENT_H
#define SIEVE_UI_PREVIEWCONTENT_H

#include <app/core/paper.h>

#include <QString>

#include <optional>

namespace Sieve::Ui {

// What the preview shows for one paper. Everything here is untrusted plain text (TeX allowed):
// the preview escapes it. Empty optional parts are not shown.
struct PreviewContent
{
    Paper paper; // an empty id shows the "no paper" state
    QString llmComment; // the LLM's one-line reason
    QString rankerExplanation; // the local ranker's terms
    QString followedAuthor; // why the paper names a followed author; empty when it does not
    bool starred = false;
    bool read = false;
    std::optional<int> rating; // 1 (not interested) .. 5

    bool isEmpty() const { return paper.id.isEmpty(); }
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_PREVIEWCONTENT_H
