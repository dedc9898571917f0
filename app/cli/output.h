// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_CLI_OUTPUT_H
#define SIEVE_CLI_OUTPUT_H

#include <app/cli/commandline.h>
#include <app/core/error.h>

#include <QTextStream>

namespace Sieve::Cli {

// Progress and errors go to standard error, results to standard output: one stream each for
// every command, so their lines never interleave out of order.
QTextStream &err();
QTextStream &out();

// Prints the one sentence and answers the exit code to return.
int fail(ExitCode code, const QString &message);
int fail(const Error &error); // the detail goes to the log (--verbose)

} // namespace Sieve::Cli

#endif // SIEVE_CLI_OUTPUT_H
