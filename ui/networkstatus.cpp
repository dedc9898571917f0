// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "networkstatus.h"

#include <app/platform/logging.h>

#include <QNetworkInformation>

namespace Sieve::Ui {

namespace {

bool isReachable(QNetworkInformation::Reachability reachability)
{
    // Unknown and local-only networks are given the benefit of the doubt: a LAN can still
    // reach an LLM server such as Ollama.
    return reachability != QNetworkInformation::Reachability::Disconnected;
}

} // namespace

NetworkStatus::NetworkStatus(QObject *parent)
    : QObject(parent)
{
    using Feature = QNetworkInformation::Feature;
    m_hasBackend = QNetworkInformation::loadBackendByFeatures(Feature::Reachability);
    QNetworkInformation *information = QNetworkInformation::instance();
    if (!m_hasBackend || !information) {
        qCInfo(lcUi) << "no network reachability backend: assuming online";
        m_hasBackend = false;
        return;
    }

    m_online = isReachable(information->reachability());
    connect(information,
            &QNetworkInformation::reachabilityChanged,
            this,
            [this](QNetworkInformation::Reachability reachability) {
                setOnline(isReachable(reachability));
            });
}

void NetworkStatus::setOnline(bool online)
{
    if (online == m_online) {
        return;
    }
    m_online = online;
    qCInfo(lcUi) << "network reachable:" << online;
    Q_EMIT onlineChanged(online);
}

} // namespace Sieve::Ui
