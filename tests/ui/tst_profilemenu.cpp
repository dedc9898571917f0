// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "webtesting.h"

#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/platform/paths.h>
#include <app/platform/translations.h>
#include <app/scoring/criteriapresets.h>
#include <ui/mainwindow.h>
#include <ui/profilemenu.h>
#include <ui/profilenamedialog.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using Sieve::Library::ProfileStore;
using Sieve::Ui::MainWindow;
using Sieve::Ui::ProfileMenu;
using Sieve::Ui::ProfileNameDialog;

namespace {

const QString Default = QStringLiteral("default"); // the profile the first start makes

bool openLibrary(MainWindow &window)
{
    QSignalSpy shown(&window, &MainWindow::dayShown);
    window.openLibrary();
    return shown.wait(10000);
}

QStringList comboNames(const MainWindow &window)
{
    QStringList names;
    for (int i = 0; i < window.profileCombo()->count(); ++i) {
        names.append(window.profileCombo()->itemText(i));
    }
    return names;
}

// Written beside the other screenshots of the test run, for a person to look at.
bool saveScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = QStringLiteral(PAPERSIEVE_ARTIFACT_DIR);
    return QDir().mkpath(folder)
        && widget.grab().save(folder + QStringLiteral("/%1.png").arg(name));
}

QPushButton *okButton(const ProfileNameDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Types `name` in the open dialog and accepts it, as the reader would.
bool acceptName(ProfileMenu &menu, const QString &name)
{
    ProfileNameDialog *dialog = menu.nameDialog();
    if (!dialog || !dialog->isVisible()) {
        qWarning("no name dialog is open");
        return false;
    }
    dialog->nameEdit()->selectAll();
    QTest::keyClicks(dialog->nameEdit(), name);
    if (!okButton(*dialog)->isEnabled()) {
        qWarning("the name was refused");
        return false;
    }
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    return true;
}

} // namespace

class TstProfileMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theSwitcherAndTheMenuOfferTheSameActions();
    void aNewProfileFromAPresetIsShownAndRanked();
    void namesAreCheckedAsTheReaderTypes_data();
    void namesAreCheckedAsTheReaderTypes();
    void renamingKeepsTheRatingsAndTheSelection();
    void aDuplicateStartsWithEverythingOfTheOriginal();
    void deletingAsksFirstAndSaysWhatGoes();
    void theOnlyProfileCannotBeDeleted();
    void renameAndDeleteWaitForARun();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstProfileMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PaperSieveTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profilemenu"));
    // The English plural forms, as the app installs them ("1 rating").
    QVERIFY(Sieve::Platform::installTranslators(QLocale(QLocale::C)) >= 1);
}

void TstProfileMenu::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Sieve::Platform::Paths::setDataDirOverride(m_dir->path());
    QSettings().clear();
}

void TstProfileMenu::cleanup()
{
    Sieve::Platform::Paths::setDataDirOverride({});
    m_dir.reset();
}

void TstProfileMenu::theSwitcherAndTheMenuOfferTheSameActions()
{
    MainWindow window;
    auto *button = window.findChild<QToolButton *>(QStringLiteral("profileButton"));
    QVERIFY(button);
    QVERIFY(!button->menu()); // no button until there is a menu
    ProfileMenu menu(&window);
    window.setProfileMenu(&menu);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(button->menu(), &menu);
    QVERIFY(button->isVisible());
    QVERIFY(!menu.newAction()->isEnabled()); // nothing to manage before the library is open

    QVERIFY(openLibrary(window));
    QVERIFY(menu.newAction()->isEnabled());
    QCOMPARE(menu.renameAction()->text(), QStringLiteral("&Rename “default”…"));
    QVERIFY(menu.actions().contains(menu.deleteAction()));
    QVERIFY(saveScreenshot(window, QStringLiteral("profile-switcher")));
}

void TstProfileMenu::aNewProfileFromAPresetIsShownAndRanked()
{
    MainWindow window;
    ProfileMenu menu(&window);
    QVERIFY(openLibrary(window));
    QSignalSpy created(&menu, &ProfileMenu::profileCreated);
    QSignalSpy changed(&window, &MainWindow::profileChanged);
    QSignalSpy shown(&window, &MainWindow::dayShown);

    menu.newAction()->trigger();
    ProfileNameDialog *dialog = menu.nameDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    const auto presets = Sieve::Scoring::criteriaPresets();
    const auto learning = std::find_if(presets.cbegin(), presets.cend(), [](const auto &p) {
        return p.id == QLatin1String("machine-learning");
    });
    QVERIFY(learning != presets.cend());
    QComboBox *source = dialog->sourceCombo();
    source->setCurrentIndex(source->findData(learning->id));
    QVERIFY(acceptName(menu, QStringLiteral("  Machine learning ")));

    const QString name = QStringLiteral("Machine learning");
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().first().toString(), name);
    QCOMPARE(window.currentProfile(), name);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(comboNames(window), (QStringList{name, Default}));
    const auto stored = ProfileStore(*window.library()).profile(name);
    QVERIFY(stored);
    QCOMPARE(stored->criteria, learning->criteria);
    QCOMPARE(stored->categories, learning->categories);
    // The day is listed again, ranked by the new profile's ranker.
    QVERIFY(shown.wait(10000));
    QTRY_VERIFY(!menu.nameDialog());
}

void TstProfileMenu::namesAreCheckedAsTheReaderTypes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("explained");

    QTest::newRow("nothing yet") << QString() << false << false;
    QTest::newRow("only spaces") << QStringLiteral("   ") << false << false;
    QTest::newRow("taken") << Default << false << true;
    QTest::newRow("taken in another case") << QStringLiteral(" Default ") << false << true;
    QTest::newRow("new") << QStringLiteral("cs.LG") << true << false;
}

void TstProfileMenu::namesAreCheckedAsTheReaderTypes()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(bool, explained);
    MainWindow window;
    ProfileMenu menu(&window);
    QVERIFY(openLibrary(window));
    window.show();

    menu.newAction()->trigger();
    ProfileNameDialog *dialog = menu.nameDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), typed);

    QCOMPARE(okButton(*dialog)->isEnabled(), accepted);
    const auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    QCOMPARE(problem->isVisible(), explained);
    if (explained) {
        QVERIFY2(problem->text().contains(Default), qPrintable(problem->text()));
        QTest::qWait(50); // the dialog grows with the problem shown
        QVERIFY(saveScreenshot(*dialog, QStringLiteral("profile-name-taken")));
    }
    dialog->reject();
    QCOMPARE(ProfileStore(*window.library()).profiles().size(), 1);
}

void TstProfileMenu::renamingKeepsTheRatingsAndTheSelection()
{
    MainWindow window;
    ProfileMenu menu(&window);
    QVERIFY(openLibrary(window));
    window.show();
    const QString paperId = window.currentListing().papers.first().paper.id;
    QVERIFY(window.library()->reading().setRating(Default, paperId, 5));
    QSignalSpy changed(&window, &MainWindow::profileChanged);

    menu.renameAction()->trigger();
    QVERIFY(menu.nameDialog());
    QCOMPARE(menu.nameDialog()->nameEdit()->text(), Default);
    QVERIFY(!okButton(*menu.nameDialog())->isEnabled()); // unchanged
    QVERIFY(acceptName(menu, QStringLiteral("Galaxies")));

    QCOMPARE(comboNames(window), QStringList{QStringLiteral("Galaxies")});
    QCOMPARE(window.currentProfile(), QStringLiteral("Galaxies"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("Galaxies"));
    QCOMPARE(window.library()->reading().state(QStringLiteral("Galaxies"), paperId).rating,
             std::optional<int>(5));
    QCOMPARE(menu.renameAction()->text(), QStringLiteral("&Rename “Galaxies”…"));
}

void TstProfileMenu::aDuplicateStartsWithEverythingOfTheOriginal()
{
    MainWindow window;
    ProfileMenu menu(&window);
    QVERIFY(openLibrary(window));
    window.show();
    const QString paperId = window.currentListing().papers.first().paper.id;
    QVERIFY(window.library()->reading().setRating(Default, paperId, 4));
    QSignalSpy created(&menu, &ProfileMenu::profileCreated);

    menu.duplicateAction()->trigger();
    QVERIFY(menu.nameDialog());
    QCOMPARE(menu.nameDialog()->nameEdit()->text(), QStringLiteral("default (copy)"));
    QTest::mouseClick(okButton(*menu.nameDialog()), Qt::LeftButton);

    const QString copy = QStringLiteral("default (copy)");
    QCOMPARE(created.size(), 1);
    QCOMPARE(window.currentProfile(), copy);
    ProfileStore store(*window.library());
    QCOMPARE(store.profile(copy)->criteria, store.profile(Default)->criteria);
    QCOMPARE(store.profile(copy)->categories, store.profile(Default)->categories);
    QCOMPARE(window.library()->reading().state(copy, paperId).rating, std::optional<int>(4));
}

void TstProfileMenu::deletingAsksFirstAndSaysWhatGoes()
{
    MainWindow window;
    ProfileMenu menu(&window);
    QVERIFY(openLibrary(window));
    window.show();
    const QString other = QStringLiteral("exoplanets");
    QVERIFY(ProfileStore(*window.library()).create({other, {}, {}, {}}));
    window.reloadProfiles();
    QCOMPARE(window.currentProfile(), Default);
    const QString paperId = window.currentListing().papers.first().paper.id;
    QVERIFY(window.library()->reading().setRating(Default, paperId, 5));

    // Cancel, the default button, keeps everything.
    menu.deleteAction()->trigger();
    QMessageBox *box = menu.deleteBox();
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("The 1 rating given under it is "
                                                            "deleted with it.")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("stay in the library")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY(saveScreenshot(*box, QStringLiteral("profile-delete")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!menu.deleteBox());
    QVERIFY(ProfileStore(*window.library()).profile(Default));

    QSignalSpy changed(&window, &MainWindow::profileChanged);
    menu.deleteAction()->trigger();
    QVERIFY(menu.deleteBox());
    QTest::mouseClick(menu.deleteBox()->findChild<QPushButton *>(QStringLiteral("deleteButton")),
                      Qt::LeftButton);

    QVERIFY(!ProfileStore(*window.library()).profile(Default));
    QVERIFY(window.library()->reading().ratedPapers(Default).isEmpty());
    QCOMPARE(comboNames(window), QStringList{other});
    QCOMPARE(window.currentProfile(), other);
    QCOMPARE(changed.size(), 1);
}

void TstProfileMenu::theOnlyProfileCannotBeDeleted()
{
    MainWindow window;
    ProfileMenu menu(&window);
    QVERIFY(openLibrary(window));

    QCOMPARE(comboNames(window), QStringList{Default});
    QVERIFY(!menu.deleteAction()->isEnabled());
    QCOMPARE(menu.deleteAction()->toolTip(), QStringLiteral("The only profile cannot be deleted."));
    QVERIFY(menu.renameAction()->isEnabled());
}

void TstProfileMenu::renameAndDeleteWaitForARun()
{
    MainWindow window;
    ProfileMenu menu(&window);
    QVERIFY(openLibrary(window));
    QVERIFY(ProfileStore(*window.library()).create({QStringLiteral("cs.LG"), {}, {}, {}}));
    window.reloadProfiles();

    menu.setRunning(true);
    QVERIFY(!menu.renameAction()->isEnabled());
    QVERIFY(!menu.deleteAction()->isEnabled());
    QVERIFY(menu.newAction()->isEnabled());
    menu.setRunning(false);
    QVERIFY(menu.renameAction()->isEnabled());
    QVERIFY(menu.deleteAction()->isEnabled());
}

PAPERSIEVE_WEBENGINE_TEST_MAIN(TstProfileMenu)

#include "tst_profilemenu.moc"
