// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profilemenu.h"

#include "mainwindow.h"

#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/platform/logging.h>
#include <app/scoring/criteriapresets.h>
#include <app/scoring/scoringprofile.h>

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <algorithm>

namespace Sieve::Ui {

namespace {

constexpr int StatusMessageMs = 8000;

using Purpose = ProfileNameDialog::Purpose;

// A profile's name in a menu entry: an ampersand is text, not a mnemonic.
QString menuText(QString name)
{
    return name.replace(QLatin1Char('&'), QLatin1String("&&"));
}

Library::StoredProfile fromPreset(const QString &name, const QString &presetId)
{
    Scoring::ScoringProfile profile = Scoring::ScoringProfile::defaults();
    profile.name = name;
    QStringList categories;
    const QList<Scoring::CriteriaPreset> presets = Scoring::criteriaPresets();
    const auto preset = std::find_if(presets.cbegin(), presets.cend(), [&](const auto &p) {
        return p.id == presetId;
    });
    if (preset != presets.cend()) {
        profile.criteria = preset->criteria;
        categories = preset->categories;
    }
    return {name, categories, profile.criteria, profile.toJson()};
}

} // namespace

ProfileMenu::ProfileMenu(MainWindow *window)
    : QMenu(tr("&Profiles"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("profileMenu"));
    setToolTipsVisible(true);

    m_newAction = addAction(tr("&New Profile…"));
    m_newAction->setObjectName(QStringLiteral("newProfileAction"));
    m_newAction->setToolTip(tr("A profile for another field, with its own categories, criteria "
                               "and ratings"));
    connect(m_newAction, &QAction::triggered, this, [this] {
        askName(Purpose::New);
    });
    m_duplicateAction = addAction(QString());
    m_duplicateAction->setObjectName(QStringLiteral("duplicateProfileAction"));
    connect(m_duplicateAction, &QAction::triggered, this, [this] {
        askName(Purpose::Duplicate);
    });
    m_renameAction = addAction(QString());
    m_renameAction->setObjectName(QStringLiteral("renameProfileAction"));
    connect(m_renameAction, &QAction::triggered, this, [this] {
        askName(Purpose::Rename);
    });
    addSeparator();
    m_deleteAction = addAction(QString());
    m_deleteAction->setObjectName(QStringLiteral("deleteProfileAction"));
    connect(m_deleteAction, &QAction::triggered, this, &ProfileMenu::confirmDelete);

    connect(this, &QMenu::aboutToShow, this, &ProfileMenu::updateActions);
    connect(window, &MainWindow::libraryOpened, this, &ProfileMenu::updateActions);
    connect(window, &MainWindow::profileChanged, this, &ProfileMenu::updateActions);
    // The switcher lists the profiles again after any change, whoever made it.
    const QAbstractItemModel *listed = window->profileCombo()->model();
    connect(listed, &QAbstractItemModel::rowsInserted, this, &ProfileMenu::updateActions);
    connect(listed, &QAbstractItemModel::rowsRemoved, this, &ProfileMenu::updateActions);
    updateActions();
}

void ProfileMenu::setRunning(bool running)
{
    m_running = running;
    updateActions();
}

void ProfileMenu::updateActions()
{
    const Library::Library *library = m_window->library();
    const QString name = menuText(m_window->currentProfile());
    const qsizetype profiles = library ? Library::ProfileStore(*library).profiles().size() : 0;

    m_duplicateAction->setText(tr("&Duplicate “%1”…").arg(name));
    m_renameAction->setText(tr("&Rename “%1”…").arg(name));
    m_deleteAction->setText(tr("De&lete “%1”…").arg(name));
    const bool open = library != nullptr;
    m_newAction->setEnabled(open);
    m_duplicateAction->setEnabled(open);
    m_renameAction->setEnabled(open && !m_running);
    m_deleteAction->setEnabled(open && !m_running && profiles > 1);

    const QString waitForRun = tr("Wait until the LLM run of this profile has ended.");
    m_renameAction->setToolTip(m_running ? waitForRun : QString());
    m_deleteAction->setToolTip(m_running          ? waitForRun
                                   : profiles > 1 ? QString()
                                                  : tr("The only profile cannot be deleted."));
}

// The window's "default" of a library without profiles becomes a stored profile, so that it
// is listed beside a new one and can be renamed.
bool ProfileMenu::prepareLibrary()
{
    Library::Library *library = m_window->library();
    if (!library) {
        return false;
    }
    Library::ProfileStore store(*library);
    if (store.profiles().isEmpty()) {
        if (const Result<void> stored = store.ensure(m_window->currentProfile()); !stored) {
            report(stored.error().userMessage());
            return false;
        }
    }
    return true;
}

void ProfileMenu::askName(ProfileNameDialog::Purpose purpose)
{
    if (m_nameDialog || !prepareLibrary()) {
        return;
    }
    auto *dialog =
        new ProfileNameDialog(purpose, *m_window->library(), m_window->currentProfile(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applyName(*dialog);
    });
    m_nameDialog = dialog;
    dialog->open();
}

void ProfileMenu::applyName(const ProfileNameDialog &dialog)
{
    Library::Library *library = m_window->library();
    if (!library || dialog.name().isEmpty()) {
        return;
    }
    Library::ProfileStore store(*library);
    const QString current = m_window->currentProfile();
    const QString name = dialog.name();
    Result<void> done;
    QString message;
    switch (dialog.purpose()) {
    case Purpose::New:
        done = dialog.presetId().isEmpty() ? store.duplicate(current, name)
                                           : store.create(fromPreset(name, dialog.presetId()));
        message = tr("Made the profile “%1”.").arg(name);
        break;
    case Purpose::Duplicate:
        done = store.duplicate(current, name);
        message = tr("Made the profile “%1”, a copy of “%2”.").arg(name, current);
        break;
    case Purpose::Rename:
        done = store.rename(current, name);
        message = tr("Renamed the profile “%1” to “%2”.").arg(current, name);
        break;
    }
    if (!done) {
        qCWarning(lcUi) << "profile not changed:" << name << done.error().detail();
        report(done.error().userMessage());
        return;
    }

    qCInfo(lcUi) << "profile" << current << "gave" << name;
    m_window->reloadProfiles(name);
    report(message);
    if (dialog.purpose() != Purpose::Rename) {
        Q_EMIT profileCreated(name);
    }
}

void ProfileMenu::confirmDelete()
{
    if (m_deleteBox || !prepareLibrary()) {
        return;
    }
    const QString name = m_window->currentProfile();
    const Library::ProfileFootprint footprint =
        Library::ProfileStore(*m_window->library()).footprint(name);

    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Delete Profile"),
                                tr("Delete the profile “%1”?").arg(name),
                                QMessageBox::Cancel,
                                m_window);
    box->setObjectName(QStringLiteral("deleteProfileBox"));
    QStringList consequences;
    if (footprint.ratings > 0) {
        consequences.append(
            tr("The %n rating(s) given under it are deleted with it.", "", footprint.ratings));
    }
    consequences.append(
        footprint.runs > 0
            ? tr("Its %n LLM run(s) and their scores stay in the library, and so do the papers, "
                 "your notes and your stars.",
                 "",
                 footprint.runs)
            : tr("The papers, your notes and your stars stay in the library."));
    consequences.append(tr("This cannot be undone."));
    box->setInformativeText(consequences.join(QLatin1Char(' ')));
    QPushButton *remove = box->addButton(tr("Delete Profile"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, name](QAbstractButton *button) {
        if (button == remove) {
            deleteProfile(name);
        }
    });
    m_deleteBox = box;
    box->open();
}

void ProfileMenu::deleteProfile(const QString &name)
{
    if (!m_window->library()) {
        return;
    }
    const Result<void> removed = Library::ProfileStore(*m_window->library()).remove(name);
    if (!removed) {
        qCWarning(lcUi) << "profile not deleted:" << name << removed.error().detail();
        report(removed.error().userMessage());
        return;
    }
    m_window->reloadProfiles();
    report(tr("Deleted the profile “%1”.").arg(name));
}

void ProfileMenu::report(const QString &text)
{
    m_window->statusBar()->showMessage(text, StatusMessageMs);
}

} // namespace Sieve::Ui
