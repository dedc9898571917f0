// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_SHORTCUTSDIALOG_H
#define SIEVE_UI_SHORTCUTSDIALOG_H

#include <QDialog>
#include <QList>

class QAction;
class QKeySequenceEdit;

namespace Sieve::Ui {

// Lets the reader give each action another key. Accepting applies the keys to the actions and
// keeps them in the settings under "shortcuts/<action object name>"; an action whose key is the
// default has no entry. The actions' "defaultShortcuts" property holds their defaults.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // The keys the settings give the action, or its defaults.
    static QList<QKeySequence> shortcutsFor(const QString &name,
                                            const QList<QKeySequence> &defaults);

    void accept() override;

private:
    void resetToDefaults();

    QList<QAction *> m_actions;
    QList<QKeySequenceEdit *> m_edits;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_SHORTCUTSDIALOG_H
