// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "eventloop.h"

#include <QCoreApplication>

namespace Sieve::Cli {

void EventLoopWait::settle()
{
    m_settled = true;
    QCoreApplication::exit(0);
}

void EventLoopWait::wait()
{
    // Another operation's settle() can end exec() too; this one may still be running.
    while (!m_settled) {
        QCoreApplication::exec();
    }
}

} // namespace Sieve::Cli
