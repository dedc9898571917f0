// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/library/library.h>
#include <app/platform/appsettings.h>
#include <app/platform/keychainsecretstore.h>
#include <app/platform/paths.h>
#include <ui/settingsdialog.h>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using Sieve::Platform::AppSettings;
using Sieve::Platform::KeychainSecretStore;
using Sieve::Platform::SecretJob;
using Sieve::Platform::SecretStore;
using Sieve::Ui::SettingsDialog;

namespace {

constexpr int KeychainTimeoutMs = 20000;

// The real keychain, with every key under a fresh prefix: a developer's own "llm/openai" key
// must survive running the tests in their desktop session.
class PrefixedKeychain : public SecretStore
{
public:
    explicit PrefixedKeychain(QString prefix)
        : m_prefix(std::move(prefix))
    {
    }

    SecretJob *read(const QString &key) override { return m_keychain.read(m_prefix + key); }

    SecretJob *write(const QString &key, const QString &secret) override
    {
        return m_keychain.write(m_prefix + key, secret);
    }

    SecretJob *remove(const QString &key) override { return m_keychain.remove(m_prefix + key); }

private:
    KeychainSecretStore m_keychain;
    QString m_prefix;
};

template <typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget) {
        qFatal("no child %s", name);
    }
    return widget;
}

// Test-mode data, config and cache folders, the library's folder, and HOME itself when it is a
// throw-away folder (as under tools/dev.sh test), where the keyring files live.
QStringList foldersToScan()
{
    QStringList folders;
    for (const auto location : {QStandardPaths::GenericDataLocation,
                                QStandardPaths::GenericConfigLocation,
                                QStandardPaths::GenericCacheLocation,
                                QStandardPaths::AppDataLocation}) {
        folders.append(QStandardPaths::writableLocation(location));
    }
    folders.append(Sieve::Platform::Paths::dataDir());
    const QString home = QDir::homePath();
    if (home.startsWith(QDir::tempPath()) && home != QDir::tempPath()) {
        folders.append(home);
    }
    return folders;
}

} // namespace

class TstSettingsDialogKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keySavedFromTheDialogIsInTheKeychainOnly();

private:
    std::unique_ptr<PrefixedKeychain> m_keychain;
};

void TstSettingsDialogKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset), so no Secret Service "
              "to test against; run through tools/dev.sh test.");
    }
    QStandardPaths::setTestModeEnabled(true);
    // QSettings writes nothing without an organisation; the app sets one at start.
    QCoreApplication::setOrganizationName(QStringLiteral("PaperSieve"));
    m_keychain = std::make_unique<PrefixedKeychain>(
        QStringLiteral("papersieve-test-%1/")
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

void TstSettingsDialogKeychain::cleanupTestCase()
{
    if (!m_keychain) {
        return;
    }
    QFile::remove(AppSettings().fileName());
    QFile::remove(Sieve::Platform::Paths::libraryFile());
    QSignalSpy removed(m_keychain->remove(AppSettings::secretKey(AppSettings::Provider::OpenAi)),
                       &SecretJob::finished);
    removed.wait(KeychainTimeoutMs);
}

void TstSettingsDialogKeychain::keySavedFromTheDialogIsInTheKeychainOnly()
{
    const QString secret = QStringLiteral(u"sk-dialog-%1-ключ")
                               .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    AppSettings settings;
    auto opened = Sieve::Library::Library::open(Sieve::Platform::Paths::libraryFile());
    QVERIFY(opened);
    std::unique_ptr<Sieve::Library::Library> library = std::move(opened).value();

    SettingsDialog dialog(settings, library.get(), m_keychain.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showPage(SettingsDialog::Page::Llm);
    auto *key = child<QLineEdit>(dialog, "keyLineEdit");
    auto *save = child<QPushButton>(dialog, "saveKeyButton");
    QTRY_VERIFY_WITH_TIMEOUT(key->isEnabled(), KeychainTimeoutMs);

    // Typed, then the rest pasted: QTest can only type Latin-1 characters.
    const QString typed = secret.left(secret.indexOf(QLatin1Char('-'), 3));
    key->setFocus();
    QTest::keyClicks(key, typed);
    key->insert(secret.mid(typed.size()));
    QCOMPARE(key->text(), secret);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QSignalSpy saved(&dialog, &SettingsDialog::keySaved);
    QSignalSpy failed(&dialog, &SettingsDialog::keyFailed);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!save->isEnabled()); // busy while the keychain works
    QTRY_COMPARE_WITH_TIMEOUT(saved.count() + failed.count(), 1, KeychainTimeoutMs);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString()
                                         : failed.at(0).at(0).value<Sieve::Error>().detail()));

    QVERIFY(key->text().isEmpty());
    QCOMPARE(key->placeholderText(), QStringLiteral("Stored in the system keychain"));
    QSignalSpy read(m_keychain->read(AppSettings::secretKey(AppSettings::Provider::OpenAi)),
                    &SecretJob::finished);
    QVERIFY(read.wait(KeychainTimeoutMs));
    QCOMPARE(read.at(0).at(0).value<std::optional<QString>>(), std::optional<QString>(secret));

    // OK writes the settings and the profile: the secret must be in none of those files.
    QTest::mouseClick(
        child<QDialogButtonBox>(dialog, "dialogButtonBox")->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFile::exists(settings.fileName()));
    library.reset();

    const QList<QByteArray> needles{
        secret.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
    int scanned = 0;
    for (const QString &folder : foldersToScan()) {
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray content = file.readAll();
            ++scanned;
            for (const QByteArray &needle : needles) {
                QVERIFY2(!content.contains(needle),
                         qPrintable(QStringLiteral("key found in %1").arg(file.fileName())));
            }
        }
    }
    QVERIFY(scanned >= 2); // at least the settings file and the library

    // A new dialog knows a key is stored and still shows nothing of it.
    SettingsDialog again(settings, nullptr, m_keychain.get());
    auto *againKey = child<QLineEdit>(again, "keyLineEdit");
    QTRY_VERIFY_WITH_TIMEOUT(againKey->isEnabled(), KeychainTimeoutMs);
    QVERIFY(againKey->text().isEmpty());
    QCOMPARE(againKey->placeholderText(), QStringLiteral("Stored in the system keychain"));
    QVERIFY(child<QPushButton>(again, "removeKeyButton")->isEnabled());
}

QTEST_MAIN(TstSettingsDialogKeychain)
#include "tst_settingsdialogkeychain.moc"
