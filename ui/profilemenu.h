// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PROFILEMENU_H
#define SIEVE_UI_PROFILEMENU_H

#include "profilenamedialog.h"

#include <QMenu>
#include <QMessageBox>
#include <QPointer>

namespace Sieve::Ui {

class MainWindow;

// The Profiles menu: a new profile (from a criteria preset or a copy of the current one), and
// Duplicate, Rename and Delete for the profile the window shows. The window's profile switcher
// and the Tools menu both offer it. Each choice opens a window-modal dialog (open(), no nested
// event loop); the rules (valid names, what goes with a renamed or deleted profile, never
// deleting the last one) are Library::ProfileStore's. Afterwards the window lists the profiles
// again and shows the new, renamed or remaining one (MainWindow::reloadProfiles()).
class ProfileMenu : public QMenu
{
    Q_OBJECT

public:
    // The window must outlive the menu; it is the dialogs' parent.
    explicit ProfileMenu(MainWindow *window);

    QAction *newAction() const { return m_newAction; }

    QAction *duplicateAction() const { return m_duplicateAction; }

    QAction *renameAction() const { return m_renameAction; }

    QAction *deleteAction() const { return m_deleteAction; }

    // While an LLM run of the shown profile goes on, it is neither renamed nor deleted.
    void setRunning(bool running);

    // The dialog waiting for the reader; nullptr when none is open.
    ProfileNameDialog *nameDialog() const { return m_nameDialog; }

    QMessageBox *deleteBox() const { return m_deleteBox; }

Q_SIGNALS:
    // A profile was made and the window shows it; its settings are still to be chosen.
    void profileCreated(const QString &name);

private:
    void updateActions();
    bool prepareLibrary(); // false when the window has no library yet
    void askName(ProfileNameDialog::Purpose purpose);
    void applyName(const ProfileNameDialog &dialog);
    void confirmDelete();
    void deleteProfile(const QString &name);
    void report(const QString &text);

    MainWindow *m_window = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    bool m_running = false;
    QPointer<ProfileNameDialog> m_nameDialog;
    QPointer<QMessageBox> m_deleteBox;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_PROFILEMENU_H
