// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "output.h"

#include <app/platform/logging.h>

namespace Sieve::Cli {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(ExitCode code, const QString &message)
{
    err() << message << Qt::endl;
    return static_cast<int>(code);
}

int fail(const Error &error)
{
    if (!error.detail().isEmpty()) {
        qCInfo(lcCli) << "error detail:" << error.detail();
    }
    return fail(exitCodeFor(error), error.userMessage());
}

} // namespace Sieve::Cli
