// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_NET_NETWORKERROR_H
#define SIEVE_NET_NETWORKERROR_H

#include <app/core/error.h>

#include <QNetworkReply>
#include <QUrl>

#include <chrono>

// Every network failure becomes a Sieve::Error here, and only here, so the sentences the user
// reads stay consistent. `detail` is technical text for the log.
namespace Sieve::Net {

// "arXiv" for arxiv.org and its subdomains, the host name otherwise.
QString serviceName(const QUrl &url);

// No usable HTTP answer: refused, reset, timed out, TLS, redirects...
Error transportError(const QUrl &url, QNetworkReply::NetworkError error, const QString &detail);

// An HTTP error status, the last of `attempts` tries.
Error httpStatusError(const QUrl &url, int httpStatus, int attempts, const QString &detail);

Error retryAfterTooLongError(const QUrl &url, std::chrono::milliseconds wait);
Error cancelledError(const QUrl &url);
Error bodyTooLargeError(const QUrl &url, qint64 limitBytes);
Error insecureUrlError(const QUrl &url);

} // namespace Sieve::Net

#endif // SIEVE_NET_NETWORKERROR_H
