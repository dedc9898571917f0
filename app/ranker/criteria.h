// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_RANKER_CRITERIA_H
#define SIEVE_RANKER_CRITERIA_H

#include <QList>
#include <QString>
#include <QStringList>

namespace Sieve::Ranker {

// One research topic of a profile's criteria: what makes a paper relevant and what does not.
struct Topic
{
    QString title;
    QString relevant;
    QString irrelevant;
};

// A profile's criteria as the ranker reads them. parse() understands the Markdown of the
// criteria files: numbered topics with "- Relevant:" / "- Irrelevant:" notes and a keyword
// block with "- Relevant:" / "- Irrelevant:" lists; text outside that shape (a plain paragraph
// of interests) becomes one topic. Scoring guidance sections ("## Scoring ...") are ignored.
struct Criteria
{
    QList<Topic> topics;
    QStringList keywords;
    QStringList negativeKeywords;

    bool isEmpty() const { return topics.isEmpty() && keywords.isEmpty(); }

    static Criteria parse(const QString &markdown);
};

} // namespace Sieve::Ranker

#endif // SIEVE_RANKER_CRITERIA_H
