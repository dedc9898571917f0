// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "networkerror.h"

#include <QCoreApplication>

namespace Sieve::Net {

namespace {

// One translation context for the messages below, visible to lupdate.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Sieve::Net::Messages)
};

} // namespace

QString serviceName(const QUrl &url)
{
    const QString host = url.host();
    if (host == QLatin1String("arxiv.org") || host.endsWith(QLatin1String(".arxiv.org"))) {
        return QStringLiteral("arXiv");
    }
    return host;
}

Error transportError(const QUrl &url, QNetworkReply::NetworkError error, const QString &detail)
{
    const QString service = serviceName(url);
    QString message;
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        message = Messages::tr("%1 did not answer in time; check your connection and try again.")
                      .arg(service);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        message =
            Messages::tr("A secure connection to %1 could not be established; check the system's "
                         "date and certificates, then try again.")
                .arg(service);
        break;
    case QNetworkReply::RemoteHostClosedError:
        // The server was reached, so "could not be reached" would send the reader to check a
        // connection that works.
        message = Messages::tr("%1 closed the connection before its answer was complete; try "
                               "again in a few minutes.")
                      .arg(service);
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        message = Messages::tr("%1 redirected the request somewhere it cannot be followed safely; "
                               "check its address.")
                      .arg(service);
        break;
    default:
        message = Messages::tr("%1 could not be reached; check your connection and try again.")
                      .arg(service);
        break;
    }
    return Error(Error::Code::Network, message, detail);
}

Error httpStatusError(const QUrl &url, int httpStatus, int attempts, const QString &detail)
{
    const QString service = serviceName(url);
    QString message;
    if (attempts > 1) {
        //: %1 is a service such as arXiv, %2 an HTTP status code such as 503
        message =
            Messages::tr("%1 answered with HTTP %2 %n times; try again later.", nullptr, attempts)
                .arg(service)
                .arg(httpStatus);
    } else {
        //: %1 is a service such as arXiv, %2 an HTTP status code such as 404
        message =
            Messages::tr("%1 refused the request with HTTP %2; check its address and try again.")
                .arg(service)
                .arg(httpStatus);
    }
    return Error(Error::Code::Network, message, detail);
}

Error retryAfterTooLongError(const QUrl &url, std::chrono::milliseconds wait)
{
    const int minutes = int(std::chrono::ceil<std::chrono::minutes>(wait).count());
    // Only waits over the limit (minutes at least) come here, so the plural is always plural.
    const QString message =
        Messages::tr("%1 asked us to wait %n minutes before the next request; try "
                     "again later.",
                     nullptr,
                     minutes)
            .arg(serviceName(url));
    return Error(Error::Code::Network,
                 message,
                 QStringLiteral("Retry-After of %1 ms is over the limit").arg(wait.count()));
}

Error cancelledError(const QUrl &url)
{
    return Error(Error::Code::Cancelled,
                 Messages::tr("The download from %1 was cancelled.").arg(serviceName(url)),
                 QStringLiteral("cancelled"));
}

Error insecureUrlError(const QUrl &url)
{
    return Error(
        Error::Code::InvalidInput,
        Messages::tr("%1 can only be fetched over a secure connection; give an https:// address.")
            .arg(url.host()),
        QStringLiteral("refused scheme \"%1\" for host \"%2\"").arg(url.scheme(), url.host()));
}

Error bodyTooLargeError(const QUrl &url, qint64 limitBytes)
{
    const qint64 megabytes = std::max<qint64>(1, limitBytes / (1024 * 1024));
    return Error(
        Error::Code::BadData,
        Messages::tr("%1 sent more than %2 MB, more than PaperSieve accepts; check its address.")
            .arg(serviceName(url))
            .arg(megabytes),
        QStringLiteral("%1%2: answer over %3 bytes").arg(url.host(), url.path()).arg(limitBytes));
}

} // namespace Sieve::Net
