// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_PROFILENAMEDIALOG_H
#define SIEVE_UI_PROFILENAMEDIALOG_H

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Sieve::Library {
class Library;
}

namespace Sieve::Ui {

// Asks for the name of a new, duplicated or renamed reading profile, checked as the reader
// types (Library::ProfileStore::checkName): OK is enabled only for a name the library takes,
// and the dialog says why another is refused. A new profile also chooses what it starts from:
// a criteria preset, or a copy of the current profile. Decides nothing itself: the caller
// reads the choice after accepted().
class ProfileNameDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { New, Duplicate, Rename };

    // `library` must outlive the dialog; `current` is the profile shown in the window, the one
    // duplicated or renamed.
    ProfileNameDialog(Purpose purpose,
                      const Library::Library &library,
                      const QString &current,
                      QWidget *parent = nullptr);

    Purpose purpose() const { return m_purpose; }

    // The name as the library will store it (trimmed); empty while it is not acceptable.
    QString name() const { return m_name; }

    // For a new profile: the criteria preset's id, or empty for a copy of the current profile.
    QString presetId() const;

    QLineEdit *nameEdit() const { return m_nameEdit; }

    QComboBox *sourceCombo() const { return m_sourceCombo; } // nullptr unless Purpose::New

private:
    void checkName();

    Purpose m_purpose;
    const Library::Library &m_library;
    QString m_current;
    QString m_name;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_PROFILENAMEDIALOG_H
