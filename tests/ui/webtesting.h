// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_TEST_WEBTESTING_H
#define SIEVE_TEST_WEBTESTING_H

#include <QApplication>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

#include <memory>
#include <optional>

namespace Sieve::Test {

// Runs `script` in the page's main world and waits for its value; nullopt on timeout.
inline std::optional<QVariant>
evaluate(QWebEnginePage *page, const QString &script, int timeoutMs = 5000)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) {
        *result = value;
    });
    const bool answered = QTest::qWaitFor(
        [result] {
            return result->has_value();
        },
        timeoutMs);
    return answered ? *result : std::nullopt;
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
