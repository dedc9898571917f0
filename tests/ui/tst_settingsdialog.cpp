// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/runstore.h>
#include <app/platform/appsettings.h>
#include <app/platform/memorysecretstore.h>
#include <app/platform/translations.h>
#include <app/scoring/scoringprofile.h>
#include <ui/authorspage.h>
#include <ui/categorylistmodel.h>
#include <ui/settingsdialog.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using Sieve::Library::ProfileStore;
using Sieve::Platform::AppSettings;
using Sieve::Platform::MemorySecretStore;
using Sieve::Scoring::ScoringProfile;
using Sieve::Ui::AuthorsPage;
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
    void aLongCategoryNameWrapsInTheFollowedList();
    void cancelWritesNothing();
    void baseUrlIsCheckedOnOk_data();
    void baseUrlIsCheckedOnOk();
    void savedKeyIsNeverShownAgain();
    void importedPromptReplacesTheCriteria();
    void screenshotsOfEveryPage();
    void editedPricesAreKeptInTheLibrary_data();
    void editedPricesAreKeptInTheLibrary();
    void languageChoiceIsSaved();
    void followedAuthorsAndTheHIndexFilterAreSavedInTheProfile();
    void eachAuthorShowsHowItIsRead_data();
    void eachAuthorShowsHowItIsRead();
    void semanticScholarKeyGoesOnlyToTheKeychain();
    void rateAndReadingSettingsAreSaved();
    void everyRunAndLibraryChoiceSurvivesReopening();

private:
    std::unique_ptr<SettingsDialog> makeDialog();
    ScoringProfile savedProfile() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Sieve::Library::Library> m_library;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TstSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The English plural forms, as the app installs them ("1 author", "2 authors").
    Sieve::Platform::installTranslators(QLocale(QLocale::English));
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

// A narrow column of followed categories shows each whole name on more lines, not half of it
// beside a horizontal scroll bar; the tool tip has it on one line.
void TstSettingsDialog::aLongCategoryNameWrapsInTheFollowedList()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    auto *search = child<QLineEdit>(*dialog, "categorySearchLineEdit");
    auto *chosen = child<QListWidget>(*dialog, "chosenListWidget");
    dialog->resize(dialog->minimumSizeHint());
    QTest::keyClicks(search, QStringLiteral("astro-ph.IM"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(dialog->chosenCategories().contains(QStringLiteral("astro-ph.IM")));

    const QListWidgetItem *item =
        chosen->findItems(QStringLiteral("astro-ph.IM"), Qt::MatchStartsWith).value(0);
    QVERIFY(item);
    QCOMPARE(item->text(),
             QStringLiteral("astro-ph.IM  Instrumentation and Methods for Astrophysics"));
    QCOMPARE(item->toolTip(), item->text());
    const int viewport = chosen->viewport()->width();
    QVERIFY2(chosen->fontMetrics().horizontalAdvance(item->text()) > viewport,
             "the column is wide enough for the name on one line: this proves nothing");
    QTRY_VERIFY(chosen->visualItemRect(item).width() <= viewport);
    QVERIFY(chosen->visualItemRect(item).height() > chosen->fontMetrics().height() * 3 / 2);
    QVERIFY(!chosen->horizontalScrollBar()->isVisible());
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
    // The Authors page with entries read well and one that will match little.
    QCOMPARE(dialog->findChild<AuthorsPage *>()->addEntries(
                 QStringLiteral("Hern\\'andez-Lobato, Jos\\'e Miguel\ns2:1741101 Yoshua Bengio\n"
                                "Rubin\n")),
             3);

    QVERIFY(QDir().mkpath(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR)));
    const char *names[] = {"reading", "criteria", "authors", "llm", "library", "prices"};
    auto *tabs = child<QTabWidget>(*dialog, "pagesTabWidget");
    QCOMPARE(tabs->count(), int(std::size(names)));
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

ScoringProfile TstSettingsDialog::savedProfile() const
{
    const auto stored = ProfileStore(*m_library).profile(QStringLiteral("default"));
    return stored ? ScoringProfile::fromJson(stored->settings) : ScoringProfile();
}

void TstSettingsDialog::followedAuthorsAndTheHIndexFilterAreSavedInTheProfile()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    dialog->showPage(SettingsDialog::Page::Authors);
    auto *entry = child<QLineEdit>(*dialog, "authorLineEdit");
    auto *list = child<QTreeWidget>(*dialog, "followedAuthorsTreeWidget");
    auto *cutoff = child<QCheckBox>(*dialog, "hIndexCutoffCheckBox");
    auto *cutoffSpin = child<QSpinBox>(*dialog, "hIndexCutoffSpinBox");
    auto *score = child<QDoubleSpinBox>(*dialog, "authorMatchScoreSpinBox");
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(!cutoff->isChecked()); // the h-index filter is off until the reader turns it on
    QVERIFY(!cutoffSpin->isEnabled());
    QCOMPARE(score->value(), ScoringProfile::defaults().authorMatchScore);

    // One name typed as arXiv writes it: the hint and the list say how the matcher reads it.
    entry->setFocus();
    QTest::keyClicks(entry, QStringLiteral("Hern\\'andez-Lobato, Jos\\'e Miguel"));
    const QString reading = QStringLiteral("jose miguel hernandez lobato");
    QVERIFY(child<QLabel>(*dialog, "authorHintLabel")->text().contains(reading));
    QTest::keyClick(entry, Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // Enter adds the author, it does not close the dialog
    QVERIFY(entry->text().isEmpty());
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY2(list->topLevelItem(0)->text(1).contains(reading),
             qPrintable(list->topLevelItem(0)->text(1)));

    // Many at once from the clipboard; comments, blanks and people already followed are left out.
    QApplication::clipboard()->setText(QStringLiteral("# from my old tool\n"
                                                      "s2:1741101 Yoshua Bengio\n\n"
                                                      "Vera C. Rubin\n"
                                                      "Jose Miguel Hernandez-Lobato\n"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(list->topLevelItemCount(), 3);
    const auto *message = child<QLabel>(*dialog, "authorsMessageLabel");
    QVERIFY2(message->text().contains(QStringLiteral("Added 2 authors")),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("1 already followed")),
             qPrintable(message->text()));
    QVERIFY(list->topLevelItem(1)->text(1).contains(QStringLiteral("1741101")));

    // Edited in place: the entry is read again.
    list->setCurrentItem(list->topLevelItem(2));
    QTest::mouseClick(child<QPushButton>(*dialog, "editAuthorButton"), Qt::LeftButton);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Rubin, Vera"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(list->topLevelItem(2)->text(0), QStringLiteral("Rubin, Vera"));
    QVERIFY(list->topLevelItem(2)->text(1).contains(QStringLiteral("vera rubin")));

    // Removed, then the filter turned on and the score lowered.
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(*dialog, "removeAuthorButton"), Qt::LeftButton);
    QCOMPARE(list->topLevelItemCount(), 2);
    cutoff->setChecked(true);
    QVERIFY(cutoffSpin->isEnabled());
    cutoffSpin->setValue(15);
    score->setValue(18);
    clickOk(*dialog);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const ScoringProfile saved = savedProfile();
    QCOMPARE(
        saved.followedAuthors,
        (QStringList{QStringLiteral("s2:1741101 Yoshua Bengio"), QStringLiteral("Rubin, Vera")}));
    QCOMPARE(saved.hIndexCutoff, 15);
    QCOMPARE(saved.authorMatchScore, 18.0);

    // Shown again as saved; turning the filter off stores 0.
    const auto again = makeDialog();
    QVERIFY(again);
    QCOMPARE(child<QTreeWidget>(*again, "followedAuthorsTreeWidget")->topLevelItemCount(), 2);
    QVERIFY(child<QCheckBox>(*again, "hIndexCutoffCheckBox")->isChecked());
    QCOMPARE(child<QSpinBox>(*again, "hIndexCutoffSpinBox")->value(), 15);
    child<QCheckBox>(*again, "hIndexCutoffCheckBox")->setChecked(false);
    clickOk(*again);
    QCOMPARE(savedProfile().hIndexCutoff, 0);
    QCOMPARE(savedProfile().followedAuthors, saved.followedAuthors);
}

void TstSettingsDialog::eachAuthorShowsHowItIsRead_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("problem");
    QTest::newRow("TeX accents, surname first") << "Hern\\'andez-Lobato, Jos\\'e Miguel"
                                                << "“jose miguel hernandez lobato”" << false;
    QTest::newRow("initials and an affiliation") << "G. E. Moran (Columbia)"
                                                 << "“g e moran”" << false;
    QTest::newRow("a Semantic Scholar id") << "s2:1741101"
                                           << "Semantic Scholar author 1741101" << false;
    QTest::newRow("an id with a name") << "S2: 1741101 Yoshua Bengio"
                                       << "“yoshua bengio”" << false;
    QTest::newRow("an id that is not one") << "s2:bengio"
                                           << "Not a Semantic Scholar id" << true;
    QTest::newRow("a surname alone") << "Rubin"
                                     << "add a given name" << true;
    QTest::newRow("no letters") << "(-)"
                                << "Matches no one" << true;
}

void TstSettingsDialog::eachAuthorShowsHowItIsRead()
{
    QFETCH(QString, entry);
    QFETCH(QString, shown);
    QFETCH(bool, problem);
    bool flagged = !problem;
    const QString text = AuthorsPage::interpretation(entry, &flagged);
    QVERIFY2(text.contains(shown), qPrintable(text));
    QCOMPARE(flagged, problem);
}

void TstSettingsDialog::semanticScholarKeyGoesOnlyToTheKeychain()
{
    const QString secret = QStringLiteral("s2-secret-key-456");
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    dialog->showPage(SettingsDialog::Page::Authors);
    auto *key = child<QLineEdit>(*dialog, "s2KeyLineEdit");
    QTRY_VERIFY(key->isEnabled());
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QPushButton>(*dialog, "removeS2KeyButton")->isEnabled());

    // Typed and not saved: OK puts it in the keychain before closing.
    key->setFocus();
    QTest::keyClicks(key, secret);
    QSignalSpy keySaved(dialog.get(), &SettingsDialog::keySaved);
    clickOk(*dialog);
    QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(keySaved.count(), 1);

    QSignalSpy read(m_secrets->read(QStringLiteral("s2")), &Sieve::Platform::SecretJob::finished);
    QVERIFY(read.wait(5000));
    QCOMPARE(read.at(0).at(0).value<std::optional<QString>>(), std::optional<QString>(secret));
    QSignalSpy llm(m_secrets->read(QStringLiteral("llm/openai")),
                   &Sieve::Platform::SecretJob::finished);
    QVERIFY(llm.wait(5000));
    QVERIFY(!llm.at(0).at(0).value<std::optional<QString>>()); // not saved under another name
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));

    // Never shown again: the field only says that a key is stored.
    const auto again = makeDialog();
    QVERIFY(again);
    auto *againKey = child<QLineEdit>(*again, "s2KeyLineEdit");
    QTRY_VERIFY(againKey->isEnabled());
    QVERIFY(againKey->text().isEmpty());
    QCOMPARE(againKey->placeholderText(), QStringLiteral("Stored in the system keychain"));
    auto *remove = child<QPushButton>(*again, "removeS2KeyButton");
    QVERIFY(remove->isEnabled());
    QSignalSpy removed(again.get(), &SettingsDialog::keyRemoved);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(removed.wait(5000));
    QVERIFY(!remove->isEnabled());
}

void TstSettingsDialog::rateAndReadingSettingsAreSaved()
{
    const auto dialog = makeDialog();
    QVERIFY(dialog);
    auto *tpm = child<QSpinBox>(*dialog, "tpmSpinBox");
    auto *markRead = child<QDoubleSpinBox>(*dialog, "markReadDoubleSpinBox");
    QCOMPARE(tpm->value(), 0);
    QCOMPARE(tpm->text(), QStringLiteral("No limit"));
    QCOMPARE(markRead->value(), AppSettings::DefaultMarkReadAfterMs / 1000.0);

    tpm->setValue(150000);
    markRead->setValue(0.5);
    clickOk(*dialog);

    const AppSettings reread(m_settings->fileName());
    QCOMPARE(reread.tokensPerMinute(), 150000);
    QCOMPARE(reread.markReadAfterMs(), 500);
}

void TstSettingsDialog::everyRunAndLibraryChoiceSurvivesReopening()
{
    const QString dataDir = m_dir->filePath(QStringLiteral("elsewhere"));
    {
        const auto dialog = makeDialog();
        QVERIFY(dialog);
        auto *provider = child<QComboBox>(*dialog, "providerComboBox");
        QCOMPARE(provider->currentIndex(), 0);
        provider->setCurrentIndex(1);
        // Switching asks the keychain for the other provider's key; OK waits for the answer.
        auto *key = child<QLineEdit>(*dialog, "keyLineEdit");
        QVERIFY(QTest::qWaitFor([key] {
            return key->isEnabled();
        }));
        child<QLineEdit>(*dialog, "baseUrlLineEdit")->setText(QStringLiteral("https://llm.test"));
        child<QLineEdit>(*dialog, "modelLineEdit")->setText(QStringLiteral("claude-sonnet-4"));
        child<QSpinBox>(*dialog, "concurrencySpinBox")->setValue(7);
        child<QDoubleSpinBox>(*dialog, "budgetDoubleSpinBox")->setValue(1.25);
        child<QCheckBox>(*dialog, "crossCheckBox")->setChecked(false);
        child<QCheckBox>(*dialog, "replaceCheckBox")->setChecked(true);
        child<QCheckBox>(*dialog, "primaryOnlyCheckBox")->setChecked(true);
        child<QSpinBox>(*dialog, "pdfCacheSpinBox")->setValue(250);
        child<QLineEdit>(*dialog, "dataDirLineEdit")->setText(dataDir);
        clickOk(*dialog);
    }

    const AppSettings reread(m_settings->fileName());
    QCOMPARE(reread.provider(), AppSettings::Provider::Anthropic);
    QCOMPARE(reread.baseUrl(AppSettings::Provider::Anthropic),
             QUrl(QStringLiteral("https://llm.test")));
    QCOMPARE(reread.model(AppSettings::Provider::Anthropic), QStringLiteral("claude-sonnet-4"));
    QCOMPARE(reread.baseUrl(AppSettings::Provider::OpenAi),
             AppSettings::defaultBaseUrl(AppSettings::Provider::OpenAi));
    QCOMPARE(reread.concurrency(), 7);
    QCOMPARE(reread.budgetUsd(), 1.25);
    QCOMPARE(reread.announceTypes(),
             (QList<Sieve::AnnounceType>{Sieve::AnnounceType::New, Sieve::AnnounceType::Replace}));
    QVERIFY(reread.isPrimaryOnly());
    QCOMPARE(reread.pdfCacheLimitMb(), 250);
    QCOMPARE(reread.dataDirOverride(), dataDir);
    QCOMPARE(savedProfile().provider, QStringLiteral("anthropic"));
    QCOMPARE(savedProfile().model, QStringLiteral("claude-sonnet-4"));

    // Opened again, the dialog shows what was saved, not its defaults.
    const auto again = makeDialog();
    QVERIFY(again);
    QCOMPARE(child<QComboBox>(*again, "providerComboBox")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(*again, "modelLineEdit")->text(), QStringLiteral("claude-sonnet-4"));
    QCOMPARE(child<QSpinBox>(*again, "concurrencySpinBox")->value(), 7);
    QCOMPARE(child<QDoubleSpinBox>(*again, "budgetDoubleSpinBox")->value(), 1.25);
    QVERIFY(!child<QCheckBox>(*again, "crossCheckBox")->isChecked());
    QVERIFY(child<QCheckBox>(*again, "replaceCheckBox")->isChecked());
    QVERIFY(child<QCheckBox>(*again, "primaryOnlyCheckBox")->isChecked());
    QCOMPARE(child<QSpinBox>(*again, "pdfCacheSpinBox")->value(), 250);
    QCOMPARE(child<QLineEdit>(*again, "dataDirLineEdit")->text(), dataDir);
}

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
