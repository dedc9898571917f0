// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_KEYFIELD_H
#define SIEVE_UI_KEYFIELD_H

#include <app/core/error.h>

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace Sieve::Platform {
class SecretStore;
}

namespace Sieve::Ui {

// An API key's rows on a settings page: a password field, Save and Remove buttons, and a line
// saying what the keychain did. A key goes only to the system keychain (through SecretStore) and
// is never shown again: once stored, the field says so and offers to remove it. The secret read
// to learn whether a key exists is dropped at once.
//
// The widgets are children of the page given to the constructor; addRows() places them.
class KeyField : public QObject
{
    Q_OBJECT

public:
    // `objectPrefix` names the widgets ("key": keyLineEdit, saveKeyButton, removeKeyButton,
    // keyProgressBar, keyMessageLabel), so one page or dialog can hold several fields.
    // `secrets` is not owned; without one the field is disabled.
    KeyField(const QString &objectPrefix, Platform::SecretStore *secrets, QWidget *page);

    // A label and the field, the buttons, then the message, on the next rows of `grid`.
    void addRows(QGridLayout *grid, const QString &labelText);

    // The keychain entry the field stands for ("llm/openai", "s2"). Changing it drops a key
    // typed but not saved, and asks the keychain whether the new entry holds one.
    void setSecretName(const QString &name);

    QString secretName() const { return m_name; }

    // What the empty field says when no key is stored.
    void setMissingText(const QString &text);

    QLineEdit *lineEdit() const { return m_edit; }

    bool isBusy() const { return m_busy; }

    bool hasPendingKey() const; // typed and not saved yet

    // Ends with saved() or failed(); nothing happens while busy or with nothing typed.
    void save();
    // Ends with removed() or failed().
    void remove();

Q_SIGNALS:
    void saved();
    void removed();
    void failed(const Sieve::Error &error);
    void busyChanged(bool busy);

private:
    void refreshState();
    void setBusy(bool busy, const QString &status = {});
    void updateWidgets();
    void showMessage(const QString &text, bool isError);

    Platform::SecretStore *m_secrets = nullptr;
    QString m_name;
    QString m_missingText;
    QHash<QString, bool> m_stored; // by secret name; absent until the keychain said
    bool m_busy = false;

    QLineEdit *m_edit = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_KEYFIELD_H
