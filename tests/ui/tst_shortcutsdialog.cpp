// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/platform/appsettings.h>
#include <app/platform/paths.h>
#include <app/platform/translations.h>
#include <ui/appshell.h>
#include <ui/mainwindow.h>
#include <ui/shortcutsdialog.h>

#include <QAction>
#include <QApplication>
#include <QKeySequenceEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Sieve::Platform::AppSettings;
using Sieve::Ui::AppShell;
using Sieve::Ui::MainWindow;
using Sieve::Ui::ShortcutsDialog;

namespace {

const QKeySequence NewKey(Qt::CTRL | Qt::SHIFT | Qt::Key_U);

// Opens Tools › Keyboard Shortcuts, types the new key into the action's row and presses OK.
bool remap(MainWindow &window, const QString &name)
{
    bool typed = false;
    QTimer::singleShot(0, &window, [&window, &typed, name] {
        auto *dialog = window.findChild<ShortcutsDialog *>();
        auto *edit =
            dialog ? dialog->findChild<QKeySequenceEdit *>(name + QStringLiteral("Edit")) : nullptr;
        if (edit) {
            QTest::keyClick(edit, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
            typed = edit->keySequence() == NewKey;
        }
        if (dialog) {
            dialog->accept();
        }
    });
    auto *shortcuts = window.findChild<QAction *>(QStringLiteral("shortcutsAction"));
    if (!shortcuts) {
        return false;
    }
    shortcuts->trigger();
    return typed;
}

} // namespace

class TstShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void toolsActionsTakeANewKey_data();
    void toolsActionsTakeANewKey();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstShortcutsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PaperSieveTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_shortcutsdialog"));
    Sieve::Platform::installTranslators(QLocale(QLocale::C));
}

void TstShortcutsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Sieve::Platform::Paths::setDataDirOverride(m_dir->path());
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("schedule/enabled"), false); // no arXiv from tests
}

void TstShortcutsDialog::cleanup()
{
    Sieve::Platform::Paths::setDataDirOverride({});
    m_dir.reset();
}

void TstShortcutsDialog::toolsActionsTakeANewKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("toolTip");

    QTest::newRow("fetch") << QStringLiteral("fetchAction")
                           << QStringLiteral("Fetch the newest announcement day");
    QTest::newRow("LLM run") << QStringLiteral("runAction") << QStringLiteral("Show the run panel");
    QTest::newRow("criteria") << QStringLiteral("criteriaAction")
                              << QStringLiteral("Edit what you care about");
    QTest::newRow("settings") << QStringLiteral("settingsAction") << QStringLiteral("Settings");
}

void TstShortcutsDialog::toolsActionsTakeANewKey()
{
    QFETCH(QString, name);
    QFETCH(QString, toolTip);
    const QString shown = NewKey.toString(QKeySequence::NativeText);
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));

    {
        MainWindow window;
        AppShell shell(&window, settings, nullptr);
        auto *action = window.findChild<QAction *>(name);
        QVERIFY(action);
        const QKeySequence before = action->shortcut();
        QVERIFY(!action->toolTip().contains(shown));

        QVERIFY(remap(window, name));

        QCOMPARE(action->shortcut(), NewKey);
        QVERIFY2(action->toolTip().startsWith(toolTip), qPrintable(action->toolTip()));
        QVERIFY2(action->toolTip().contains(QLatin1Char('(') + shown + QLatin1Char(')')),
                 qPrintable(action->toolTip()));
        QVERIFY(before.isEmpty()
                || !action->toolTip().contains(before.toString(QKeySequence::NativeText)));
        QCOMPARE(QSettings().value(QStringLiteral("shortcuts/") + name).toString(),
                 NewKey.toString(QKeySequence::PortableText));
    }

    // The next start applies the reader's key before anyone opens the dialog.
    MainWindow window;
    AppShell shell(&window, settings, nullptr);
    auto *action = window.findChild<QAction *>(name);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), NewKey);
    QVERIFY2(action->toolTip().contains(shown), qPrintable(action->toolTip()));
}

QTEST_MAIN(TstShortcutsDialog)
#include "tst_shortcutsdialog.moc"
