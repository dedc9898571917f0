// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_RESPONSEPARSER_H
#define SIEVE_SCORING_RESPONSEPARSER_H

#include <QList>
#include <QString>
#include <QStringList>

namespace Sieve::Scoring {

struct PaperScore
{
    QString paperId; // as the caller expected it, not as the model wrote it
    int relevance = 0; // 1..10
    int novelty = 0; // 1..10
    QString comment;
};

// Something in an answer that was not a clean score. Everything the parser repairs or drops is
// reported here, once, so the runner can log it and show it with the paper.
struct Problem
{
    enum class Kind {
        EmptyAnswer, // nothing at all came back
        NoJson, // text, but no JSON object in it
        Unparseable, // an object that even the repairs could not read; `detail` holds its start
        Truncated, // the answer stops inside an object (output limit): complete lines were kept
        NoId, // an object without an arXiv ID
        UnknownId, // an ID that was not in the batch; the object is ignored
        DuplicateId, // a second object for an ID; the first one counts
        ScoreClamped, // 0 or 11 brought into 1..10; the paper keeps its score
        ScoreRejected, // not a number, or far outside 1..10; the paper counts as missing
    };

    Kind kind = Kind::Unparseable;
    QString paperId; // empty when the problem is not about one paper
    QString detail; // for the log: a short excerpt or the offending value
};

QString problemKindName(Problem::Kind kind);

struct ParsedBatch
{
    QList<PaperScore> scores; // in the order of the answer
    QStringList missing; // expected IDs without a usable score, in the expected order
    QStringList unknown; // IDs the model invented or mistyped, as written
    QStringList duplicates; // expected IDs answered more than once
    QList<Problem> problems;

    bool isComplete() const { return missing.isEmpty(); }
};

// Reads what chat models really answer to the abstract stage's prompt.
class ResponseParser
{
public:
    // Finds every JSON object in `answer`, whatever surrounds it (JSON Lines, an array, an object
    // wrapping an array, code fences, prose), repairs trailing commas and single-quoted strings,
    // matches keys in any case and spelling (ARXIVID, arxiv_id, id...), IDs with "arXiv:" or a
    // version suffix, and scores written as strings ("8", "8/10", "7.5" rounds to 8).
    //
    // Scores of 0 or 11 are clamped into 1..10 and reported; anything further out (a negative
    // number, 85 meant as percent) or not a number is rejected, since guessing what the model
    // meant would put a wrong score in the digest: the paper is then listed as missing and gets
    // asked again. `expectedIds` are version-less arXiv IDs. Every problem is logged with
    // lcScoring.
    static ParsedBatch parse(const QString &answer, const QStringList &expectedIds);

    // Reads the title pre-filter's answer: the expected IDs the model named as clearly
    // irrelevant, each once, in the order of `expectedIds`. Unknown IDs are ignored; an answer
    // that cannot be read drops nothing, so every paper goes on to the abstract stage.
    static QStringList parseTitleFilter(const QString &answer, const QStringList &expectedIds);

    // "arXiv:2504.11651v2" -> "2504.11651"; "hep-th/9901001v1" -> "hep-th/9901001".
    static QString normaliseId(const QString &id);
};

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_RESPONSEPARSER_H
