// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "networkstatus.h"

#include <app/platform/logging.h>

#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>

namespace Sieve::Ui {

namespace {

constexpr std::chrono::seconds DefaultRecheck(60);

bool isReachable(QNetworkInformation::Reachability reachability)
{
    // Unknown and local-only networks are given the benefit of the doubt: a LAN can still
    // reach an LLM server such as Ollama.
    return reachability != QNetworkInformation::Reachability::Disconnected;
}

// The request reached no server at all; an HTTP error, a TLS failure or a cancel did.
bool reachedNoServer(const QNetworkReply &reply)
{
    if (reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0) {
        return false;
    }
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

NetworkStatus::NetworkStatus(QObject *parent)
    : QObject(parent)
{
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(DefaultRecheck);
    connect(&m_recheck, &QTimer::timeout, this, [this] {
        m_failures = 0;
        setOnline(m_backendOnline); // the next action tries again
    });

    using Feature = QNetworkInformation::Feature;
    m_hasBackend = QNetworkInformation::loadBackendByFeatures(Feature::Reachability);
    QNetworkInformation *information = QNetworkInformation::instance();
    if (!m_hasBackend || !information) {
        qCInfo(lcUi) << "no network reachability backend: assuming online";
        m_hasBackend = false;
        return;
    }

    m_backendOnline = isReachable(information->reachability());
    m_online = m_backendOnline;
    connect(information,
            &QNetworkInformation::reachabilityChanged,
            this,
            [this](QNetworkInformation::Reachability reachability) {
                m_backendOnline = isReachable(reachability);
                m_failures = 0;
                m_recheck.stop();
                setOnline(m_backendOnline);
            });
}

void NetworkStatus::setOnline(bool online)
{
    if (online) {
        m_recheck.stop();
    }
    if (online == m_online) {
        return;
    }
    m_online = online;
    qCInfo(lcUi) << "network reachable:" << online;
    Q_EMIT onlineChanged(online);
}

void NetworkStatus::watch(QNetworkAccessManager *manager)
{
    connect(manager, &QNetworkAccessManager::finished, this, &NetworkStatus::onReplyFinished);
}

void NetworkStatus::setRecheckInterval(std::chrono::milliseconds interval)
{
    m_recheck.setInterval(interval);
}

std::chrono::milliseconds NetworkStatus::recheckInterval() const
{
    return m_recheck.intervalAsDuration();
}

void NetworkStatus::onReplyFinished(QNetworkReply *reply)
{
    if (!reachedNoServer(*reply)) {
        if (reply->error() == QNetworkReply::NoError
            || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0) {
            m_failures = 0;
            setOnline(true);
        }
        return;
    }
    if (++m_failures < FailuresToGoOffline || !m_online) {
        return;
    }
    qCWarning(lcUi) << "no server reached" << m_failures << "times in a row; last"
                    << reply->url().host() << reply->errorString();
    setOnline(false);
    m_recheck.start();
}

} // namespace Sieve::Ui
