// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_TEST_WEBTESTING_H
#define SIEVE_TEST_WEBTESTING_H

#include <ui/paperpreview.h>

#include <QApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

#include <memory>
#include <optional>

namespace Sieve::Test {

// Runs `script` in the page's main world and waits for its value; nullopt on timeout. It waits
// in an event loop (QSignalSpy::wait), not in QTest::qWaitFor's sleep-and-poll: WebEngine serves
// qrc: resources on the GUI thread, chunk by chunk, and polling makes loading them crawl.
inline std::optional<QVariant>
evaluate(QWebEnginePage *page, const QString &script, int timeoutMs = 5000)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    QObject receiver;
    QSignalSpy answered(&receiver, &QObject::objectNameChanged);
    QPointer<QObject> guard(&receiver);
    page->runJavaScript(script, [result, guard](const QVariant &value) {
        *result = value;
        if (guard) {
            guard->setObjectName(QStringLiteral("answered"));
        }
    });
    if (!result->has_value() && !answered.wait(timeoutMs)) {
        return std::nullopt;
    }
    return *result;
}

// Waits until the preview shows its current content.
inline bool waitShown(Ui::PaperPreview &preview, int timeoutMs = 15000)
{
    QSignalSpy shown(&preview, &Ui::PaperPreview::contentShown);
    return preview.isShown() || shown.wait(timeoutMs);
}

} // namespace Sieve::Test

// QTEST_MAIN for tests that create a QWebEngineView: WebEngine needs shared OpenGL contexts
// before the QApplication exists (HEADLESS.md).
#define PAPERSIEVE_WEBENGINE_TEST_MAIN(TestObject)                                                 \
  int main(int argc, char **argv)                                                                  \
  {                                                                                                \
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                    \
    QApplication app(argc, argv);                                                                  \
    app.setAttribute(Qt::AA_Use96Dpi, true);                                                       \
    TestObject test;                                                                               \
    QTEST_SET_MAIN_SOURCE_PATH                                                                     \
    return QTest::qExec(&test, argc, argv);                                                        \
  }

#endif // SIEVE_TEST_WEBTESTING_H
