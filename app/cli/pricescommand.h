// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_CLI_PRICESCOMMAND_H
#define SIEVE_CLI_PRICESCOMMAND_H

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

class QCommandLineParser;

namespace Sieve::Cli {

// `papersieve prices`: shows the price table runs are costed with, and edits the reader's own
// copy of it in the library (which then replaces the built-in one).
class PricesCommand
{
    Q_DECLARE_TR_FUNCTIONS(Sieve::Cli::PricesCommand)

public:
    static QList<QCommandLineOption> options();
    static QString helpText();

    static int run(const QCommandLineParser &parser);
};

} // namespace Sieve::Cli

#endif // SIEVE_CLI_PRICESCOMMAND_H
