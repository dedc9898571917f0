// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_CLI_RUNCOMMAND_H
#define SIEVE_CLI_RUNCOMMAND_H

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace Sieve::Cli {

// What `papersieve run` shares with the other commands' options.
struct RunInputs
{
    QString date; // empty: the newest stored day, or today's feed when --categories is given
    QString criteriaFile;
    QStringList categories;
    QUrl arxivUrl; // empty: arXiv itself
    QString authorsFile; // run's --authors: followed authors, one per line
    std::optional<int> hIndexCutoff; // run's --h-cutoff
};

// `papersieve run`: fetch the day if it is missing, score it with the LLM, store everything.
// Progress and the summary go to stderr; the exit code says whether papers failed.
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(Sieve::Cli::RunCommand)

public:
    // The options only `run` takes; CommandLine adds them to its parser.
    static QList<QCommandLineOption> options();
    static QString helpText();

    static int run(const QCommandLineParser &parser, const RunInputs &inputs);
};

} // namespace Sieve::Cli

#endif // SIEVE_CLI_RUNCOMMAND_H
