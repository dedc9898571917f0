// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_SETUPDIALOG_H
#define SIEVE_UI_SETUPDIALOG_H

#include <app/platform/appsettings.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Sieve::Library {
class Library;
}

namespace Sieve::Platform {
class SecretStore;
}

namespace Sieve::Ui {

class CategoryPicker;
class KeyField;

// A reader's own feed in one screen, the three questions of a first start: the categories they
// follow (a search over the taxonomy), what they care about (criteria started from a preset
// and edited), and optionally an LLM provider and its key. Finish stores the reading profile
// (ProfileStore) and, when a key was typed, the provider choice (AppSettings) and the key (the
// keychain only, through KeyField), then emits setupFinished(); Cancel stores nothing that was
// not already saved with the key field's own Save button. Everything else lives in Settings.
class SetupDialog : public QDialog
{
    Q_OBJECT

public:
    // `settings` and `library` must outlive the dialog; `secrets` keeps the key (without one the
    // key field is disabled). None is owned.
    SetupDialog(Platform::AppSettings &settings,
                Library::Library &library,
                Platform::SecretStore *secrets,
                QWidget *parent = nullptr);
    ~SetupDialog() override;

    // The profile set up here, "default" unless set before the dialog is shown. Its categories
    // and criteria are shown as stored, except a profile still as the sample days seeded it,
    // which starts with no category chosen.
    void setProfileName(const QString &name);

    QString profileName() const { return m_profileName; }

    QStringList chosenCategories() const;

    void accept() override;

Q_SIGNALS:
    // The profile (and the provider and key, when one was typed) are stored; the dialog closes.
    void setupFinished();

private:
    QWidget *buildCategoryStep();
    QWidget *buildCriteriaStep();
    QWidget *buildLlmStep();
    void loadProfile();
    void applyPreset();
    void selectMatchingPreset();
    void switchProvider();
    void updateFinish();
    void finish();

    Platform::AppSettings::Provider currentProvider() const;

    Platform::AppSettings &m_settings;
    Library::Library &m_library;
    Platform::SecretStore *m_secrets = nullptr;
    QString m_profileName;
    bool m_keyTyped = false; // a key went to the keychain from this dialog
    bool m_finishAfterKey = false;

    CategoryPicker *m_categories = nullptr;
    QComboBox *m_presetCombo = nullptr;
    QPlainTextEdit *m_criteriaEdit = nullptr;
    QComboBox *m_providerCombo = nullptr;
    KeyField *m_key = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_finishButton = nullptr;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_SETUPDIALOG_H
