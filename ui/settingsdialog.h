// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_SETTINGSDIALOG_H
#define SIEVE_UI_SETTINGSDIALOG_H

#include <app/core/error.h>
#include <app/platform/appsettings.h>
#include <app/scoring/scoringprofile.h>

#include <QDialog>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace Sieve::Library {
class Library;
}

namespace Sieve::Platform {
class SecretStore;
}

namespace Sieve::Ui {

class AuthorsPage;
class CategoryPicker;
class KeyField;

// Setup in one window: the categories a reader follows, their criteria, followed authors and the
// h-index filter, the LLM provider and its key, and where the library lives. OK writes
// AppSettings and the reading profile (in the library) and then emits settingsSaved(); Cancel
// writes nothing. API keys (the provider's, Semantic Scholar's) are different: each goes to the
// keychain as soon as the reader saves it (or on OK), never to a file, and is never shown again
// afterwards.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Reading, Criteria, Authors, Llm, Library, Prices };

    static constexpr QLatin1StringView DefaultProfileName{"default"};

    // `settings` must outlive the dialog. `library` holds the reading profile; without one
    // (nullptr) the categories and criteria cannot be saved and the dialog says so. `secrets`
    // keeps the API key; without one the key field is disabled. Neither is owned.
    SettingsDialog(Platform::AppSettings &settings,
                   Library::Library *library,
                   Platform::SecretStore *secrets,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;

    // The profile edited here; DefaultProfileName unless set before the dialog is shown.
    QString profileName() const { return m_profileName; }

    void setProfileName(const QString &name);

    // Replaces the criteria with those of a prompt file (ScoringProfile::importPrompt's format),
    // keeping followed authors and cutoffs. On failure the Criteria page says why.
    bool importPromptFile(const QString &path);

    QStringList chosenCategories() const;

    void accept() override;

Q_SIGNALS:
    // OK wrote the settings and the profile; the dialog closes right after.
    void settingsSaved();
    // A key (the provider shown's, or Semantic Scholar's) was written to or removed from the
    // keychain.
    void keySaved();
    void keyRemoved();
    void keyFailed(const Sieve::Error &error);

private:
    struct LlmDraft
    {
        QString baseUrl; // as typed; empty means the provider's default
        QString model;
    };

    QWidget *buildReadingPage();
    QGroupBox *buildListingsBox(QWidget *page);
    QWidget *buildCriteriaPage();
    QWidget *buildLlmPage();
    QWidget *buildLibraryPage();
    QWidget *buildPricesPage();

    void loadSettings();
    void loadProfile();
    void saveSettings();
    bool saveProfile();
    bool savePrices();
    void finishAccept();

    void applyPreset();
    void chooseAndImportPrompt();
    void replaceCriteria(const QString &criteria);
    void selectMatchingPreset();

    Platform::AppSettings::Provider currentProvider() const;
    void switchProvider();
    void storeLlmDraft(Platform::AppSettings::Provider provider);
    void showLlmDraft(Platform::AppSettings::Provider provider);
    bool validateBaseUrl();

    void watchKeyField(KeyField *field, Page page);
    bool savePendingKey();
    void updateKeyBusy();

    void chooseDataDir();
    static void showMessage(QLabel *label, const QString &text, bool isError);

    Platform::AppSettings &m_settings;
    Library::Library *m_library = nullptr;
    Platform::SecretStore *m_secrets = nullptr;
    QString m_profileName{DefaultProfileName};
    Scoring::ScoringProfile m_profile;

    std::array<LlmDraft, 2> m_drafts;
    Platform::AppSettings::Provider m_shownProvider = Platform::AppSettings::Provider::OpenAi;
    bool m_acceptAfterKey = false;

    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_dialogMessage = nullptr;

    CategoryPicker *m_categoryPicker = nullptr;
    QCheckBox *m_newCheck = nullptr;
    QCheckBox *m_crossCheck = nullptr;
    QCheckBox *m_replaceCheck = nullptr;
    QCheckBox *m_replaceCrossCheck = nullptr;
    QCheckBox *m_primaryOnlyCheck = nullptr;

    QComboBox *m_presetCombo = nullptr;
    QPlainTextEdit *m_criteriaEdit = nullptr;
    QLabel *m_criteriaMessage = nullptr;

    QComboBox *m_providerCombo = nullptr;
    QLineEdit *m_baseUrlEdit = nullptr;
    QLabel *m_baseUrlMessage = nullptr;
    QLineEdit *m_modelEdit = nullptr;
    QSpinBox *m_concurrencySpin = nullptr;
    QDoubleSpinBox *m_budgetSpin = nullptr;
    QSpinBox *m_rpmSpin = nullptr;
    QSpinBox *m_tpmSpin = nullptr;
    KeyField *m_llmKey = nullptr;

    AuthorsPage *m_authorsPage = nullptr;

    QLineEdit *m_dataDirEdit = nullptr;
    QSpinBox *m_pdfCacheSpin = nullptr;
    QDoubleSpinBox *m_markReadSpin = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QTableWidget *m_priceTable = nullptr;
    bool m_pricesEdited = false;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_SETTINGSDIALOG_H
