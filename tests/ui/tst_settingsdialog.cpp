// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/runstore.h>
#include <app/platform/appsettings.h>
#include <app/platform/memorysecretstore.h>
#include <app/scoring/scoringprofile.h>
#include <ui/categorylistmodel.h>
#include <ui/settingsdialog.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using Sieve::Library::ProfileStore;
using Sieve::Platform::AppSettings;
using Sieve::Platform::MemorySecretStore;
using Sieve::Scoring::ScoringProfile;
using Sieve::Ui::CategoryListModel;
using Sieve::Ui::SettingsDialog;

namespace {

template <typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget) {
        qFatal("no child %s", name);
    }
    return widget;
}

void clickOk(const SettingsDialog &dialog)
{
    QPushButton *ok =
        child<QDialogButtonBox>(dialog, "dialogButtonBox")->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
}

} // namespace

class TstSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void categoryFoundByNameEndsUpInTheSavedProfile();
    void cancelWritesNothing();
    void baseUrlIsCheckedOnOk_data();
    void baseUrlIsCheckedOnOk();
    void savedKeyIsNeverShownAgain();
    void importedPromptReplacesTheCriteria();
    void screenshotsOfEveryPage();
    void editedPricesAreKeptInTheLibrary_data();
    void editedPricesAreKeptInTheLibrary();
    void languageChoiceIsSaved();

private:
    std::unique_ptr<SettingsDialog> makeDialog();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Sieve::Library::Library> m_library;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TstSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    auto library = Sieve::Library::Library::open(m_dir->filePath(QStringLiteral("library.sqlite")));
    QVERIFY(library);
    m_library = std::move(library).value();
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TstSettingsDialog::cleanup()
{
    m_secrets.reset();
    m_library.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<SettingsDialog> TstSettingsDialog::makeDialog()
{
    auto dialog = std::make_unique<SettingsDialog>(*m_settings, m_library.get(), m_secrets.get());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get())) {
        return {};
    }
    // Focus checks need the active window; under Xvfb no window manager makes it one.
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get())) {
        return {};
    }
    // The dialog asks the keychain whether a key is stored; the answer enables the key field.
    QLineEdit *key = child<QLineEdit>(*dialog, "keyLineEdit");
    if (!QTest::qWaitFor([key] {
            return key->isEnabled();
        })) {
        return {};
    }
    return dialog;
}

void TstSettingsDialog::categoryFoundByNameEndsUpInTheSavedProfile()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    auto *search = child<QLineEdit>(*dialog, "categorySearchLineEdit");
    auto *results = child<QListView>(*dialog, "categoryListView");
    auto *chosen = child<QListWidget>(*dialog, "chosenListWidget");
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("machine learning"));
    QCOMPARE(results->model()->index(0, 0).data(CategoryListModel::CodeRole).toString(),
             QStringLiteral("cs.LG"));
    QCOMPARE(results->model()->index(1, 0).data(CategoryListModel::CodeRole).toString(),
             QStringLiteral("stat.ML"));

    // Enter in the search field follows the best match and does not close the dialog.
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->chosenCategories(), QStringList{QStringLiteral("cs.LG")});
    QCOMPARE(chosen->count(), 1);
    QVERIFY(chosen->item(0)->text().contains(QLatin1String("Machine Learning")));

    // Down moves into the results, Space follows the highlighted one.
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(results->hasFocus());
    QTest::keyClick(results, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Space);
    QCOMPARE(dialog->chosenCategories(),
             (QStringList{QStringLiteral("cs.LG"), QStringLiteral("stat.ML")}));

    QSignalSpy saved(dialog.get(), &SettingsDialog::settingsSaved);
    clickOk(*dialog);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const auto profile = ProfileStore(*m_library).profile(QStringLiteral("default"));
    QVERIFY(profile);
    QCOMPARE(profile->categories,
             (QStringList{QStringLiteral("cs.LG"), QStringLiteral("stat.ML")}));
    QCOMPARE(profile->criteria, ScoringProfile::defaults().criteria);
    const ScoringProfile scoring = ScoringProfile::fromJson(profile->settings);
    QCOMPARE(scoring.criteria, ScoringProfile::defaults().criteria);
    QCOMPARE(scoring.provider, QStringLiteral("openai"));

    // Opening the dialog again shows what was saved.
    const auto again = makeDialog();
    QVERIFY(again);
    QCOMPARE(again->chosenCategories(), profile->categories);
}

void TstSettingsDialog::editedPricesAreKeptInTheLibrary_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a price in dollars") << QStringLiteral("1.25") << true;
    QTest::newRow("not a number") << QStringLiteral("cheap") << false;
}

void TstSettingsDialog::editedPricesAreKeptInTheLibrary()
{
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    dialog->showPage(SettingsDialog::Page::Prices);
    auto *table = child<QTableWidget>(*dialog, "priceTableWidget");
    QVERIFY(table->rowCount() > 0); // our defaults until the reader edits them

    QTest::mouseClick(child<QPushButton>(*dialog, "addPriceButton"), Qt::LeftButton);
    const int row = table->rowCount() - 1;
    table->item(row, 0)->setText(QStringLiteral("my-local-model"));
    table->item(row, 1)->setText(input);
    clickOk(*dialog);

    const auto stored = Sieve::Library::RunStore(*m_library).prices();
    const auto mine = std::find_if(stored.cbegin(), stored.cend(), [](const auto &price) {
        return price.model == QLatin1String("my-local-model");
    });
    QCOMPARE(mine != stored.cend(), accepted);
    if (accepted) {
        QCOMPARE(mine->inputPerMTok, 1.25);
        QCOMPARE(int(stored.size()), table->rowCount());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    } else {
        QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Prices);
        QVERIFY(dialog->isVisible());
    }
}

void TstSettingsDialog::cancelWritesNothing()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(*dialog, "categorySearchLineEdit"), QStringLiteral("cs.LG"));
    QTest::keyClick(child<QLineEdit>(*dialog, "categorySearchLineEdit"), Qt::Key_Return);
    dialog->showPage(SettingsDialog::Page::Llm);
    QTest::keyClicks(child<QLineEdit>(*dialog, "modelLineEdit"), QStringLiteral("-changed"));

    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!ProfileStore(*m_library).profile(QStringLiteral("default")));
    QCOMPARE(AppSettings(m_settings->fileName()).model(AppSettings::Provider::OpenAi),
             AppSettings::defaultModel(AppSettings::Provider::OpenAi));
}

void TstSettingsDialog::baseUrlIsCheckedOnOk_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain http to another computer") << "http://api.example.org/v1" << false;
    QTest::newRow("plain http to a private address") << "http://192.168.1.20:8000" << false;
    QTest::newRow("another scheme") << "ftp://api.example.org" << false;
    QTest::newRow("no scheme") << "api.example.org" << false;
    QTest::newRow("https") << "https://api.example.org/v1" << true;
    QTest::newRow("http to loopback") << "http://127.0.0.1:11434/v1" << true;
    QTest::newRow("http to localhost") << "http://localhost:8080" << true;
}

void TstSettingsDialog::baseUrlIsCheckedOnOk()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);

    const auto dialog = makeDialog();
    QVERIFY(dialog);
    dialog->showPage(SettingsDialog::Page::Llm);
    auto *edit = child<QLineEdit>(*dialog, "baseUrlLineEdit");
    auto *message = child<QLabel>(*dialog, "baseUrlMessageLabel");
    edit->setFocus();
    QTest::keyClicks(edit, url);
    QVERIFY(!message->isVisible());

    clickOk(*dialog);

    const AppSettings reread(m_settings->fileName());
    if (accepted) {
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(reread.baseUrl(AppSettings::Provider::OpenAi), QUrl(url));
        return;
    }
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Llm);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("https://")), qPrintable(message->text()));
    QVERIFY(edit->hasFocus());
    QCOMPARE(reread.baseUrl(AppSettings::Provider::OpenAi),
             AppSettings::defaultBaseUrl(AppSettings::Provider::OpenAi));

    // Fixing the address clears the message as the reader types.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("https://api.example.org"));
    QVERIFY(!message->isVisible());
}

void TstSettingsDialog::savedKeyIsNeverShownAgain()
{
    const QString secret = QStringLiteral("sk-memory-test-123");
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    dialog->showPage(SettingsDialog::Page::Llm);
    auto *key = child<QLineEdit>(*dialog, "keyLineEdit");
    auto *save = child<QPushButton>(*dialog, "saveKeyButton");
    auto *remove = child<QPushButton>(*dialog, "removeKeyButton");
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(!save->isEnabled());
    QVERIFY(!remove->isEnabled());

    key->setFocus();
    QTest::keyClicks(key, secret);
    QVERIFY(save->isEnabled());
    QSignalSpy saved(dialog.get(), &SettingsDialog::keySaved);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(5000));

    QVERIFY(key->text().isEmpty());
    QVERIFY(key->placeholderText().contains(QLatin1String("keychain")));
    QVERIFY(remove->isEnabled());
    QSignalSpy read(m_secrets->read(QStringLiteral("llm/openai")),
                    &Sieve::Platform::SecretJob::finished);
    QVERIFY(read.wait(5000));
    QCOMPARE(read.at(0).at(0).value<std::optional<QString>>(), std::optional<QString>(secret));

    QSignalSpy removed(dialog.get(), &SettingsDialog::keyRemoved);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(removed.wait(5000));
    QVERIFY(!remove->isEnabled());
    QVERIFY(!key->placeholderText().contains(QLatin1String("Stored")));
}

void TstSettingsDialog::importedPromptReplacesTheCriteria()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    auto *criteria = child<QPlainTextEdit>(*dialog, "criteriaPlainTextEdit");
    auto *message = child<QLabel>(*dialog, "criteriaMessageLabel");
    QCOMPARE(criteria->toPlainText(), ScoringProfile::defaults().criteria);

    QVERIFY(!dialog->importPromptFile(m_dir->filePath(QStringLiteral("missing.md"))));
    QVERIFY(message->isVisible());

    QVERIFY(dialog->importPromptFile(
        QStringLiteral(PAPERSIEVE_TEST_DATA "/scoring/criteria-astro.md")));
    QVERIFY(criteria->toPlainText() != ScoringProfile::defaults().criteria);
    QVERIFY(!criteria->toPlainText().isEmpty());
    criteria->undo();
    QCOMPARE(criteria->toPlainText(), ScoringProfile::defaults().criteria);
}

// Written for a person to look at; the check only guards against an unpainted dialog.
void TstSettingsDialog::screenshotsOfEveryPage()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(*dialog, "categorySearchLineEdit"), QStringLiteral("galax"));
    QTest::keyClick(child<QLineEdit>(*dialog, "categorySearchLineEdit"), Qt::Key_Return);

    // The LLM page with its inline error, to see that it reads well.
    QTest::keyClicks(child<QLineEdit>(*dialog, "baseUrlLineEdit"),
                     QStringLiteral("http://llm.example.org"));
    clickOk(*dialog);
    QVERIFY(dialog->isVisible());

    QVERIFY(QDir().mkpath(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR)));
    const char *names[] = {"reading", "criteria", "llm", "library"};
    auto *tabs = child<QTabWidget>(*dialog, "pagesTabWidget");
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QCoreApplication::processEvents(); // let pending layout requests settle before the grab
        const QImage image = dialog->grab().toImage();
        const QString path = QStringLiteral(PAPERSIEVE_ARTIFACT_DIR "/settingsdialog-%1.png")
                                 .arg(QLatin1String(names[page]));
        QVERIFY(image.save(path));
        QVERIFY(image.width() > 400 && image.height() > 300);
    }
}

void TstSettingsDialog::languageChoiceIsSaved()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    auto *language = child<QComboBox>(*dialog, "languageComboBox");
    QCOMPARE(language->currentData().toString(), QString()); // follows the system
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    clickOk(*dialog);
    QCOMPARE(m_settings->language(), QStringLiteral("zh_CN"));

    const auto again = makeDialog();
    QVERIFY(again);
    QCOMPARE(child<QComboBox>(*again, "languageComboBox")->currentText(),
             QStringLiteral("简体中文"));
}

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
