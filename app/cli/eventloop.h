// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_CLI_EVENTLOOP_H
#define SIEVE_CLI_EVENTLOOP_H

namespace Sieve::Cli {

// Waiting for one asynchronous operation on the application's event loop. The operation's
// handlers call settle(); wait() then returns, and returns at once when the operation ended
// before wait() was called: QCoreApplication::exit() before exec() is lost, and exec() would
// never return.
class EventLoopWait
{
public:
    void settle();
    void wait();

    bool isSettled() const { return m_settled; }

private:
    bool m_settled = false;
};

} // namespace Sieve::Cli

#endif // SIEVE_CLI_EVENTLOOP_H
