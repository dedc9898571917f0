// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_AUTHORSPAGE_H
#define SIEVE_UI_AUTHORSPAGE_H

#include <app/scoring/scoringprofile.h>

#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sieve::Platform {
class SecretStore;
}

namespace Sieve::Ui {

class KeyField;

// The settings page of a profile's followed authors and h-index filter: the authors by name or
// Semantic Scholar id, each shown as the matcher reads it; the optional h-index cutoff; the score
// a followed author's paper gets; and the optional Semantic Scholar key (keychain only).
// load() and apply() move the profile's values in and out; the dialog saves the profile.
class AuthorsPage : public QWidget
{
    Q_OBJECT

public:
    // `secrets` keeps the Semantic Scholar key; not owned, may be null (the key field is then
    // disabled).
    explicit AuthorsPage(Platform::SecretStore *secrets, QWidget *parent = nullptr);

    void load(const Scoring::ScoringProfile &profile);
    // Writes the followed authors, the cutoff (0 when off) and the author-match score.
    void apply(Scoring::ScoringProfile &profile) const;

    QStringList entries() const; // as the profile keeps them, in the list's order

    // Adds every author of `text`, one per line (blank lines and "#" comments skipped), leaving
    // out those already followed; answers how many were added. Pasting does the same.
    int addEntries(const QString &text);

    KeyField *keyField() const { return m_keyField; }

    // How the matcher reads one entry, in a sentence for the list; `problem` is set when the
    // entry will match little or nothing as written.
    static QString interpretation(const QString &entry, bool *problem = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTypedEntry();
    void addList();
    void pasteEntries();
    void editCurrent();
    void removeCurrent();
    void describe(QTreeWidgetItem *item);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void dropLater(QTreeWidgetItem *item);
    void showTypedInterpretation();
    void updateButtons();
    bool isFollowed(const QString &entry, const QTreeWidgetItem *except = nullptr) const;

    QLineEdit *m_entryEdit = nullptr;
    QLabel *m_entryHint = nullptr;
    QPushButton *m_addButton = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_listMessage = nullptr;
    QCheckBox *m_cutoffCheck = nullptr;
    QSpinBox *m_cutoffSpin = nullptr;
    QDoubleSpinBox *m_scoreSpin = nullptr;
    KeyField *m_keyField = nullptr;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_AUTHORSPAGE_H
