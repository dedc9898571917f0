// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_CLI_COMMANDLINE_H
#define SIEVE_CLI_COMMANDLINE_H

#include <app/core/error.h>

#include <QCoreApplication>
#include <QStringList>

namespace Sieve::Cli {

// Exit codes scripts can rely on.
enum class ExitCode : int {
    Done = 0,
    Failed = 1, // storage or another local failure
    Usage = 2,
    Network = 3,
    BadData = 4,
    PapersFailed = 5, // the run finished, but some papers failed or were left over budget
};

ExitCode exitCodeFor(const Error &error);

// The headless front end: `papersieve <command> [options]`. Runs on a QCoreApplication, needs
// no display, prints progress and errors on stderr and results on stdout.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Sieve::Cli::CommandLine)

public:
    // True when the arguments ask for the command line rather than the window: a command name,
    // or --help / --version.
    static bool wantsCommandLine(const QStringList &arguments);

    // The value of --data-dir, which the window honours too; empty when not given.
    static QString dataDirArgument(const QStringList &arguments);

    // Runs the command to completion (spinning the application's event loop for network work)
    // and returns the process exit code. A QCoreApplication must exist.
    static int run(const QStringList &arguments);
};

} // namespace Sieve::Cli

#endif // SIEVE_CLI_COMMANDLINE_H
