// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_NETWORKSTATUS_H
#define SIEVE_UI_NETWORKSTATUS_H

#include <QObject>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace Sieve::Ui {

// Whether the network looks reachable, from QNetworkInformation's reachability backend and from
// what our own requests met. With no such backend (some platforms, containers) the network is
// assumed reachable until the watched requests say otherwise: FailuresToGoOffline requests in
// a row that reach no server (host not found, connection refused, no route, connect timeout)
// count as offline, until a request gets any answer or, since nothing is asked while offline,
// recheckInterval() has passed and the next action may try again.
class NetworkStatus : public QObject
{
    Q_OBJECT

public:
    static constexpr int FailuresToGoOffline = 2;

    explicit NetworkStatus(QObject *parent = nullptr);

    bool isOnline() const { return m_online; }

    bool hasBackend() const { return m_hasBackend; }

    // Overrides what the backend says until it reports again; for tests and manual testing.
    void setOnline(bool online);

    // Learns from every reply of `manager` (not owned; it must outlive this object or be
    // watched no longer than it lives).
    void watch(QNetworkAccessManager *manager);

    // How long failed connections keep the window offline before an action may try again;
    // 60 s by default.
    void setRecheckInterval(std::chrono::milliseconds interval);

    std::chrono::milliseconds recheckInterval() const;

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void onReplyFinished(QNetworkReply *reply);

    bool m_online = true;
    bool m_hasBackend = false;
    bool m_backendOnline = true;
    int m_failures = 0; // replies in a row that reached no server
    QTimer m_recheck; // runs while offline because of failed connections
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_NETWORKSTATUS_H
