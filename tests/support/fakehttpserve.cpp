// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fakehttpserve: FakeHttpServer as a process, for tests written in shell (tests/packaging) that
// run an installed binary against a fake peer.
//
//   fakehttpserve [--seconds N] [--content-type TYPE] PATH=FILE...
//
// Serves each FILE's bytes at PATH on 127.0.0.1, prints the base URL (http://127.0.0.1:PORT) as
// its first line, then one line "METHOD TARGET" per request it received, and exits by itself
// after N seconds (30 by default) so a test that dies cannot leave it running.

#include "fakehttpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <chrono>

using Sieve::Test::FakeHttpServer;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Serves files over HTTP on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Exit after <n> seconds."),
                                     QStringLiteral("n"),
                                     QStringLiteral("30"));
    const QCommandLineOption contentType(QStringLiteral("content-type"),
                                         QStringLiteral("The Content-Type of every answer."),
                                         QStringLiteral("type"),
                                         QStringLiteral("application/xml; charset=UTF-8"));
    parser.addOption(seconds);
    parser.addOption(contentType);
    parser.addPositionalArgument(QStringLiteral("routes"),
                                 QStringLiteral("PATH=FILE: serve FILE at PATH."),
                                 QStringLiteral("PATH=FILE..."));
    parser.process(app);

    bool secondsOk = false;
    const int lifetime = parser.value(seconds).toInt(&secondsOk);
    if (!secondsOk || lifetime <= 0 || parser.positionalArguments().isEmpty()) {
        parser.showHelp(2);
    }

    FakeHttpServer server;
    if (!server.isListening()) {
        err << "fakehttpserve: cannot listen on 127.0.0.1" << Qt::endl;
        return 1;
    }
    for (const QString &route : parser.positionalArguments()) {
        const qsizetype equals = route.indexOf(QLatin1Char('='));
        QFile file(route.mid(equals + 1));
        if (equals <= 0 || !file.open(QIODevice::ReadOnly)) {
            err << "fakehttpserve: cannot serve " << route << Qt::endl;
            return 2;
        }
        server.enqueue(
            route.left(equals),
            FakeHttpServer::Response::ok(file.readAll(), parser.value(contentType).toUtf8()));
    }

    QObject::connect(&server, &FakeHttpServer::requestReceived, &server, [&](int index) {
        const FakeHttpServer::Request request = server.requests().at(index);
        out << request.method << ' ' << request.target << Qt::endl;
    });
    QTimer::singleShot(std::chrono::seconds(lifetime), &app, &QCoreApplication::quit);

    out << server.baseUrl().toString() << Qt::endl;
    return QCoreApplication::exec();
}
