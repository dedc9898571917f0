// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settingsdialog.h"

#include "authorspage.h"
#include "categorypicker.h"
#include "inlinemessage.h"
#include "keyfield.h"
#include "markdownhighlighter.h"
#include "windowsize.h"

#include <app/digest/digestbuilder.h>
#include <app/library/profilestore.h>
#include <app/library/runstore.h>
#include <app/net/httpclient.h>
#include <app/platform/logging.h>
#include <app/platform/paths.h>
#include <app/platform/secretstore.h>
#include <app/scoring/criteriapresets.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Sieve::Ui {

using Platform::AppSettings;
using Provider = Platform::AppSettings::Provider;

namespace {

constexpr int MaxPdfCacheMb = 100000;
constexpr double MaxBudgetUsd = 10000;
constexpr int MaxRpm = 100000;
constexpr int MaxTpm = 1000000000;
constexpr int TpmStep = 10000;

int indexOf(Provider provider)
{
    return provider == Provider::Anthropic ? 1 : 0;
}

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    return InlineMessage::create(objectName, parent);
}

// A label and its field on the next row of `grid`. A grid rather than a QFormLayout because the
// form gives wrapped messages that appear later their unwrapped height, leaving a gap.
void addRow(QGridLayout *grid, const QString &labelText, QWidget *field)
{
    const int row = grid->rowCount();
    if (!labelText.isEmpty()) {
        auto *label = new QLabel(labelText, field->parentWidget());
        label->setBuddy(field);
        grid->addWidget(label, row, 0);
    }
    grid->addWidget(field, row, 1);
}

} // namespace

SettingsDialog::SettingsDialog(Platform::AppSettings &settings,
                               Library::Library *library,
                               Platform::SecretStore *secrets,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_library(library)
    , m_secrets(secrets)
    , m_profile(Scoring::ScoringProfile::defaults())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Set up PaperSieve"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pagesTabWidget"));
    m_tabs->addTab(buildReadingPage(), tr("&Reading"));
    m_tabs->addTab(buildCriteriaPage(), tr("&Criteria"));
    m_authorsPage = new AuthorsPage(m_secrets, this);
    m_authorsPage->setObjectName(QStringLiteral("authorsPage"));
    m_tabs->addTab(m_authorsPage, tr("&Authors"));
    m_tabs->addTab(buildLlmPage(), tr("&LLM"));
    m_tabs->addTab(buildLibraryPage(), tr("Librar&y"));
    m_tabs->addTab(buildPricesPage(), tr("&Prices"));

    m_dialogMessage = messageLabel(QStringLiteral("dialogMessageLabel"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_dialogMessage);
    layout->addWidget(m_buttons);

    watchKeyField(m_llmKey, Page::Llm);
    watchKeyField(m_authorsPage->keyField(), Page::Authors);
    loadSettings();
    loadProfile();
    updateKeyBusy();
    resizeWithinScreen(*this, QSize(760, 560));
    m_categoryPicker->setFocus();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return static_cast<Page>(m_tabs->currentIndex());
}

void SettingsDialog::setProfileName(const QString &name)
{
    if (name.trimmed().isEmpty() || name == m_profileName) {
        return;
    }
    m_profileName = name.trimmed();
    //: The settings window's title; %1 is the reading profile whose categories and criteria it edits
    setWindowTitle(tr("Set up PaperSieve · profile “%1”").arg(m_profileName));
    loadProfile();
}

QStringList SettingsDialog::chosenCategories() const
{
    return m_categoryPicker->chosen();
}

QWidget *SettingsDialog::buildReadingPage()
{
    auto *page = new QWidget(this);
    m_categoryPicker = new CategoryPicker(page);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_categoryPicker, 1);
    layout->addWidget(buildListingsBox(page));
    if (!m_library) {
        layout->addWidget(
            InlineMessage::note(tr("The library is not open, so categories and criteria "
                                   "cannot be saved now."),
                                page));
    }

    setTabOrder(m_categoryPicker->removeButton(), m_newCheck);
    setTabOrder(m_newCheck, m_crossCheck);
    setTabOrder(m_crossCheck, m_replaceCheck);
    setTabOrder(m_replaceCheck, m_replaceCrossCheck);
    setTabOrder(m_replaceCrossCheck, m_primaryOnlyCheck);
    return page;
}

QGroupBox *SettingsDialog::buildListingsBox(QWidget *page)
{
    auto *box = new QGroupBox(tr("Listings to keep"), page);
    m_newCheck = new QCheckBox(tr("&New papers"), box);
    m_newCheck->setObjectName(QStringLiteral("newCheckBox"));
    m_crossCheck = new QCheckBox(tr("Cross-lis&ts from other categories"), box);
    m_crossCheck->setObjectName(QStringLiteral("crossCheckBox"));
    m_replaceCheck = new QCheckBox(tr("R&eplacements (new versions)"), box);
    m_replaceCheck->setObjectName(QStringLiteral("replaceCheckBox"));
    m_replaceCrossCheck = new QCheckBox(tr("Replaced cross-l&ists"), box);
    m_replaceCrossCheck->setObjectName(QStringLiteral("replaceCrossCheckBox"));
    m_primaryOnlyCheck = new QCheckBox(tr("Only papers whose &primary category I follow"), box);
    m_primaryOnlyCheck->setObjectName(QStringLiteral("primaryOnlyCheckBox"));

    auto *layout = new QGridLayout(box);
    layout->addWidget(m_newCheck, 0, 0);
    layout->addWidget(m_crossCheck, 0, 1);
    layout->addWidget(m_replaceCheck, 1, 0);
    layout->addWidget(m_replaceCrossCheck, 1, 1);
    layout->addWidget(m_primaryOnlyCheck, 2, 0, 1, 2);
    return box;
}

QWidget *SettingsDialog::buildCriteriaPage()
{
    auto *page = new QWidget(this);

    auto *presetLabel = new QLabel(tr("&Start from:"), page);
    m_presetCombo = new QComboBox(page);
    m_presetCombo->setObjectName(QStringLiteral("presetComboBox"));
    //: Shown in the preset chooser when the criteria are the reader's own
    m_presetCombo->setPlaceholderText(tr("Your own criteria"));
    for (const Scoring::CriteriaPreset &preset : Scoring::criteriaPresets()) {
        m_presetCombo->addItem(preset.name, preset.id);
    }
    presetLabel->setBuddy(m_presetCombo);
    auto *usePresetButton = new QPushButton(tr("&Use preset"), page);
    usePresetButton->setObjectName(QStringLiteral("usePresetButton"));
    usePresetButton->setToolTip(tr("Replaces the criteria below with the preset (Undo brings "
                                   "them back)."));
    connect(usePresetButton, &QPushButton::clicked, this, &SettingsDialog::applyPreset);
    auto *importButton = new QPushButton(tr("&Import prompt file…"), page);
    importButton->setObjectName(QStringLiteral("importPromptButton"));
    connect(importButton, &QPushButton::clicked, this, &SettingsDialog::chooseAndImportPrompt);

    auto *criteriaLabel = new QLabel(tr("What you care about, in plain &words:"), page);
    m_criteriaEdit = new QPlainTextEdit(page);
    m_criteriaEdit->setObjectName(QStringLiteral("criteriaPlainTextEdit"));
    m_criteriaEdit->setTabChangesFocus(true);
    m_criteriaEdit->setAccessibleName(tr("Criteria"));
    new MarkdownHighlighter(m_criteriaEdit->document(), m_criteriaEdit->palette());
    criteriaLabel->setBuddy(m_criteriaEdit);
    m_criteriaMessage = messageLabel(QStringLiteral("criteriaMessageLabel"), page);

    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_presetCombo, 1);
    presetRow->addWidget(usePresetButton);
    presetRow->addWidget(importButton);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(presetRow);
    layout->addWidget(criteriaLabel);
    layout->addWidget(m_criteriaEdit, 1);
    layout->addWidget(m_criteriaMessage);
    layout->addWidget(
        InlineMessage::note(tr("Number your topics and give each a Relevant and an "
                               "Irrelevant line; the local ranker and the LLM both read "
                               "them."),
                            page));
    return page;
}

QWidget *SettingsDialog::buildLlmPage()
{
    auto *page = new QWidget(this);

    m_providerCombo = new QComboBox(page);
    m_providerCombo->setObjectName(QStringLiteral("providerComboBox"));
    m_providerCombo->addItem(tr("OpenAI or a compatible endpoint"),
                             AppSettings::providerName(Provider::OpenAi));
    m_providerCombo->addItem(tr("Anthropic"), AppSettings::providerName(Provider::Anthropic));
    connect(
        m_providerCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::switchProvider);

    m_baseUrlEdit = new QLineEdit(page);
    m_baseUrlEdit->setObjectName(QStringLiteral("baseUrlLineEdit"));
    m_baseUrlEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_baseUrlMessage = messageLabel(QStringLiteral("baseUrlMessageLabel"), page);
    connect(m_baseUrlEdit, &QLineEdit::editingFinished, this, &SettingsDialog::validateBaseUrl);
    connect(m_baseUrlEdit, &QLineEdit::textChanged, this, [this] {
        if (m_baseUrlMessage->isVisible()) {
            validateBaseUrl();
        }
    });

    m_modelEdit = new QLineEdit(page);
    m_modelEdit->setObjectName(QStringLiteral("modelLineEdit"));

    m_concurrencySpin = new QSpinBox(page);
    m_concurrencySpin->setObjectName(QStringLiteral("concurrencySpinBox"));
    m_concurrencySpin->setRange(1, AppSettings::MaxConcurrency);
    m_concurrencySpin->setSuffix(tr(" at once"));

    m_budgetSpin = new QDoubleSpinBox(page);
    m_budgetSpin->setObjectName(QStringLiteral("budgetDoubleSpinBox"));
    m_budgetSpin->setRange(0, MaxBudgetUsd);
    m_budgetSpin->setDecimals(2);
    m_budgetSpin->setSingleStep(0.10);
    m_budgetSpin->setPrefix(tr("US$ "));
    //: Budget 0: a run may spend any amount
    m_budgetSpin->setSpecialValueText(tr("No limit"));

    m_rpmSpin = new QSpinBox(page);
    m_rpmSpin->setObjectName(QStringLiteral("rpmSpinBox"));
    m_rpmSpin->setRange(0, MaxRpm);
    //: Requests per minute 0: the app does not slow down on its own
    m_rpmSpin->setSpecialValueText(tr("No limit"));

    m_tpmSpin = new QSpinBox(page);
    m_tpmSpin->setObjectName(QStringLiteral("tpmSpinBox"));
    m_tpmSpin->setRange(0, MaxTpm);
    m_tpmSpin->setSingleStep(TpmStep);
    m_tpmSpin->setGroupSeparatorShown(true);
    //: Tokens per minute 0: the app does not slow down on its own
    m_tpmSpin->setSpecialValueText(tr("No limit"));

    auto *grid = new QGridLayout(page);
    grid->setColumnStretch(1, 1);
    addRow(grid, tr("&Provider:"), m_providerCombo);
    addRow(grid, tr("&Base URL:"), m_baseUrlEdit);
    addRow(grid, QString(), m_baseUrlMessage);
    addRow(grid, tr("&Model:"), m_modelEdit);
    addRow(grid, tr("Co&ncurrency:"), m_concurrencySpin);
    addRow(grid, tr("B&udget per run:"), m_budgetSpin);
    addRow(grid, tr("Requests per m&inute:"), m_rpmSpin);
    addRow(grid, tr("&Tokens per minute:"), m_tpmSpin);
    m_llmKey = new KeyField(QStringLiteral("key"), m_secrets, page);
    m_llmKey->lineEdit()->setAccessibleName(tr("API key"));
    m_llmKey->setMissingText(tr("Paste the provider's API key"));
    m_llmKey->addRows(grid, tr("API &key:"));
    addRow(
        grid,
        QString(),
        InlineMessage::note(tr("Without a key, papers are ranked by the local ranker only. The key "
                               "is kept in the system keychain, never in a file."),
                            page));
    grid->setRowStretch(grid->rowCount(), 1);
    return page;
}

// The table runs are costed with: the reader's copy in the library, or ours until edited.
QWidget *SettingsDialog::buildPricesPage()
{
    auto *page = new QWidget(this);
    m_priceTable = new QTableWidget(0, 4, page);
    m_priceTable->setObjectName(QStringLiteral("priceTableWidget"));
    m_priceTable->setHorizontalHeaderLabels(
        {tr("Model"), tr("Input"), tr("Cached input"), tr("Output")});
    m_priceTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_priceTable->verticalHeader()->hide();
    m_priceTable->setAccessibleName(tr("Prices in US dollars per million tokens"));

    const Scoring::PriceTable prices =
        m_library ? Digest::DigestBuilder::prices(*m_library) : Scoring::PriceTable::defaults();
    for (const QString &model : prices.models()) {
        const Scoring::ModelPrice price = *prices.price(model);
        const int row = m_priceTable->rowCount();
        m_priceTable->insertRow(row);
        m_priceTable->setItem(row, 0, new QTableWidgetItem(model));
        const double values[] = {price.inputPerMTok, price.cachedInputPerMTok, price.outputPerMTok};
        for (int column = 1; column <= 3; ++column) {
            m_priceTable->setItem(
                row, column, new QTableWidgetItem(QString::number(values[column - 1])));
        }
    }
    connect(m_priceTable, &QTableWidget::itemChanged, this, [this] {
        m_pricesEdited = true;
    });

    auto *add = new QPushButton(tr("&Add model"), page);
    add->setObjectName(QStringLiteral("addPriceButton"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_priceTable->rowCount();
        m_priceTable->insertRow(row);
        for (int column = 0; column < 4; ++column) {
            m_priceTable->setItem(
                row, column, new QTableWidgetItem(column == 0 ? QString() : QStringLiteral("0")));
        }
        m_priceTable->editItem(m_priceTable->item(row, 0));
        m_pricesEdited = true;
    });
    auto *remove = new QPushButton(tr("&Remove model"), page);
    remove->setObjectName(QStringLiteral("removePriceButton"));
    remove->setAutoDefault(false);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_priceTable->currentRow() >= 0) {
            m_priceTable->removeRow(m_priceTable->currentRow());
            m_pricesEdited = true;
        }
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        InlineMessage::note(tr("US dollars per million tokens. A model missing here is "
                               "shown as \"cost unknown\" and cannot be given a budget."),
                            page));
    layout->addWidget(m_priceTable, 1);
    layout->addLayout(buttons);
    return page;
}

bool SettingsDialog::savePrices()
{
    if (!m_library || !m_pricesEdited) {
        return true;
    }
    QList<Library::StoredPrice> rows;
    for (int row = 0; row < m_priceTable->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_priceTable->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(0).isEmpty()) {
            continue;
        }
        Library::StoredPrice price{text(0), 0, 0, 0};
        double *fields[] = {&price.inputPerMTok, &price.cachedInputPerMTok, &price.outputPerMTok};
        for (int column = 1; column <= 3; ++column) {
            bool ok = false;
            *fields[column - 1] = QLocale().toDouble(text(column), &ok);
            if (!ok) {
                *fields[column - 1] = text(column).toDouble(&ok);
            }
            if (!ok || *fields[column - 1] < 0) {
                showPage(Page::Prices);
                showMessage(m_dialogMessage,
                            tr("The price of %1 is not a number of dollars.").arg(text(0)),
                            true);
                return false;
            }
        }
        rows.append(price);
    }

    Library::RunStore store(*m_library);
    for (const Library::StoredPrice &old : store.prices()) {
        store.removePrice(old.model);
    }
    for (const Library::StoredPrice &price : std::as_const(rows)) {
        if (const Result<void> saved = store.setPrice(price); !saved) {
            showMessage(m_dialogMessage, saved.error().userMessage(), true);
            return false;
        }
    }
    return true;
}

QWidget *SettingsDialog::buildLibraryPage()
{
    auto *page = new QWidget(this);

    m_dataDirEdit = new QLineEdit(page);
    m_dataDirEdit->setObjectName(QStringLiteral("dataDirLineEdit"));
    m_dataDirEdit->setPlaceholderText(Platform::Paths::defaultDataDir());
    m_dataDirEdit->setClearButtonEnabled(true);
    auto *browseButton = new QPushButton(tr("C&hoose…"), page);
    browseButton->setObjectName(QStringLiteral("dataDirBrowseButton"));
    browseButton->setAutoDefault(false);
    browseButton->setAccessibleName(tr("Choose the data folder"));
    connect(browseButton, &QPushButton::clicked, this, &SettingsDialog::chooseDataDir);
    auto *dataDirRow = new QHBoxLayout;
    dataDirRow->addWidget(m_dataDirEdit, 1);
    dataDirRow->addWidget(browseButton);

    m_pdfCacheSpin = new QSpinBox(page);
    m_pdfCacheSpin->setObjectName(QStringLiteral("pdfCacheSpinBox"));
    m_pdfCacheSpin->setRange(0, MaxPdfCacheMb);
    m_pdfCacheSpin->setSingleStep(100);
    m_pdfCacheSpin->setSuffix(tr(" MB"));
    //: PDF cache limit 0
    m_pdfCacheSpin->setSpecialValueText(tr("Keep no PDFs"));

    auto *form = new QFormLayout(page);
    auto *dataDirLabel = new QLabel(tr("&Data folder:"), page);
    dataDirLabel->setBuddy(m_dataDirEdit);
    form->addRow(dataDirLabel, dataDirRow);
    form->addRow(
        QString(),
        InlineMessage::note(tr("Leave empty for the default. A new folder is used from the "
                               "next start; the current library is not moved."),
                            page));
    form->addRow(tr("&PDF cache limit:"), m_pdfCacheSpin);

    m_markReadSpin = new QDoubleSpinBox(page);
    m_markReadSpin->setObjectName(QStringLiteral("markReadDoubleSpinBox"));
    m_markReadSpin->setRange(0, AppSettings::MaxMarkReadAfterMs / 1000.0);
    m_markReadSpin->setDecimals(1);
    m_markReadSpin->setSingleStep(0.5);
    m_markReadSpin->setSuffix(tr(" s"));
    //: Mark-read delay 0: a paper counts as read as soon as it is selected
    m_markReadSpin->setSpecialValueText(tr("At once"));
    form->addRow(tr("Mark as read af&ter:"), m_markReadSpin);
    form->addRow(
        QString(),
        InlineMessage::note(tr("How long a paper stays selected before it counts as read."), page));

    // Each language under its own name; the data is the locale name AppSettings keeps.
    m_languageCombo = new QComboBox(page);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    //: The language choice that follows the system's language
    m_languageCombo->addItem(tr("System"), QString());
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    form->addRow(tr("La&nguage:"), m_languageCombo);
    form->addRow(QString(),
                 InlineMessage::note(tr("The language applies at the next start."), page));
    return page;
}

void SettingsDialog::loadSettings()
{
    for (const Provider provider : {Provider::OpenAi, Provider::Anthropic}) {
        const QUrl url = m_settings.baseUrl(provider);
        LlmDraft &draft = m_drafts.at(indexOf(provider));
        draft.baseUrl = url == AppSettings::defaultBaseUrl(provider) ? QString() : url.toString();
        draft.model = m_settings.model(provider);
    }
    m_shownProvider = m_settings.provider();
    {
        const QSignalBlocker blocker(m_providerCombo);
        m_providerCombo->setCurrentIndex(indexOf(m_shownProvider));
    }
    showLlmDraft(m_shownProvider);
    m_llmKey->setSecretName(AppSettings::secretKey(m_shownProvider));

    m_concurrencySpin->setValue(m_settings.concurrency());
    m_budgetSpin->setValue(m_settings.budgetUsd());
    m_rpmSpin->setValue(m_settings.requestsPerMinute());
    m_tpmSpin->setValue(int(std::min<qint64>(m_settings.tokensPerMinute(), MaxTpm)));
    m_dataDirEdit->setText(m_settings.dataDirOverride());
    m_pdfCacheSpin->setValue(m_settings.pdfCacheLimitMb());
    m_markReadSpin->setValue(m_settings.markReadAfterMs() / 1000.0);
    const QString language = m_settings.language();
    if (m_languageCombo->findData(language) < 0) {
        m_languageCombo->addItem(language, language); // set by hand: keep it as it is
    }
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(language));

    const QList<AnnounceType> types = m_settings.announceTypes();
    m_newCheck->setChecked(types.contains(AnnounceType::New));
    m_crossCheck->setChecked(types.contains(AnnounceType::Cross));
    m_replaceCheck->setChecked(types.contains(AnnounceType::Replace));
    m_replaceCrossCheck->setChecked(types.contains(AnnounceType::ReplaceCross));
    m_primaryOnlyCheck->setChecked(m_settings.isPrimaryOnly());
}

void SettingsDialog::loadProfile()
{
    std::optional<Library::StoredProfile> stored;
    if (m_library) {
        stored = Library::ProfileStore(*m_library).profile(m_profileName);
    }

    m_profile = Scoring::ScoringProfile::defaults();
    if (stored && !stored->settings.isEmpty()) {
        m_profile = Scoring::ScoringProfile::fromJson(stored->settings);
    }
    if (stored && m_profile.criteria.isEmpty()) {
        m_profile.criteria = stored->criteria;
    }
    m_categoryPicker->setChosen(stored ? stored->categories : QStringList());
    m_criteriaEdit->setPlainText(m_profile.criteria);
    selectMatchingPreset();
    m_authorsPage->load(m_profile);
}

void SettingsDialog::saveSettings()
{
    storeLlmDraft(currentProvider());
    for (const Provider provider : {Provider::OpenAi, Provider::Anthropic}) {
        const LlmDraft &draft = m_drafts.at(indexOf(provider));
        m_settings.setBaseUrl(provider, QUrl(draft.baseUrl.trimmed()));
        m_settings.setModel(provider, draft.model);
    }
    m_settings.setProvider(currentProvider());
    m_settings.setConcurrency(m_concurrencySpin->value());
    m_settings.setBudgetUsd(m_budgetSpin->value());
    m_settings.setRequestsPerMinute(m_rpmSpin->value());
    m_settings.setTokensPerMinute(m_tpmSpin->value());
    m_settings.setDataDirOverride(m_dataDirEdit->text());
    m_settings.setPdfCacheLimitMb(m_pdfCacheSpin->value());
    m_settings.setMarkReadAfterMs(int(std::lround(m_markReadSpin->value() * 1000)));
    m_settings.setLanguage(m_languageCombo->currentData().toString());

    QList<AnnounceType> types;
    const std::pair<QCheckBox *, AnnounceType> boxes[] = {
        {m_newCheck, AnnounceType::New},
        {m_crossCheck, AnnounceType::Cross},
        {m_replaceCheck, AnnounceType::Replace},
        {m_replaceCrossCheck, AnnounceType::ReplaceCross},
    };
    for (const auto &[box, type] : boxes) {
        if (box->isChecked()) {
            types.append(type);
        }
    }
    m_settings.setAnnounceTypes(types);
    m_settings.setPrimaryOnly(m_primaryOnlyCheck->isChecked());
}

bool SettingsDialog::saveProfile()
{
    if (!m_library) {
        return true;
    }

    Scoring::ScoringProfile profile = m_profile;
    profile.name = m_profileName;
    profile.criteria = m_criteriaEdit->toPlainText();
    m_authorsPage->apply(profile);
    profile.provider = AppSettings::providerName(currentProvider());
    profile.model = m_settings.model(currentProvider());
    const Library::StoredProfile stored{
        m_profileName, m_categoryPicker->chosen(), profile.criteria, profile.toJson()};

    const Result<void> saved = Library::ProfileStore(*m_library).save(stored);
    if (!saved) {
        qCWarning(lcUi) << "profile not saved:" << m_profileName << saved.error().detail();
        showMessage(m_dialogMessage, saved.error().userMessage(), true);
        return false;
    }
    m_profile = profile;
    return true;
}

void SettingsDialog::accept()
{
    if (m_llmKey->isBusy() || m_authorsPage->keyField()->isBusy()) {
        return;
    }
    m_dialogMessage->hide();
    if (!validateBaseUrl()) {
        showPage(Page::Llm);
        m_baseUrlEdit->setFocus();
        return;
    }

    // Keys typed but not saved yet go to the keychain first; the dialog closes once they are
    // there, or stays open and says why not.
    m_acceptAfterKey = true;
    if (savePendingKey()) {
        return;
    }
    finishAccept();
}

void SettingsDialog::finishAccept()
{
    m_acceptAfterKey = false;
    saveSettings();
    if (!m_settings.sync()) {
        showMessage(m_dialogMessage,
                    tr("The settings could not be written to %1. Check that the folder is "
                       "writable.")
                        .arg(m_settings.fileName()),
                    true);
        return;
    }
    if (!saveProfile() || !savePrices()) {
        return;
    }

    qCInfo(lcUi) << "settings saved; profile" << m_profileName << "follows"
                 << m_categoryPicker->chosen().size() << "categories";
    Q_EMIT settingsSaved();
    QDialog::accept();
}

void SettingsDialog::applyPreset()
{
    const QString id = m_presetCombo->currentData().toString();
    for (const Scoring::CriteriaPreset &preset : Scoring::criteriaPresets()) {
        if (preset.id == id) {
            replaceCriteria(preset.criteria);
            m_criteriaMessage->hide();
            return;
        }
    }
}

void SettingsDialog::chooseAndImportPrompt()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a prompt file"), QString(), tr("Markdown or text (*.md *.txt);;All (*)"));
    if (!path.isEmpty()) {
        importPromptFile(path);
    }
}

bool SettingsDialog::importPromptFile(const QString &path)
{
    showPage(Page::Criteria);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "prompt file unreadable:" << path << file.errorString();
        showMessage(m_criteriaMessage, tr("%1 could not be opened.").arg(path), true);
        return false;
    }

    const Result<Scoring::ScoringProfile> imported =
        Scoring::ScoringProfile::importPrompt(QString::fromUtf8(file.readAll()));
    if (!imported) {
        showMessage(m_criteriaMessage, imported.error().userMessage(), true);
        return false;
    }

    Scoring::ScoringProfile profile = imported.value();
    profile.followedAuthors = m_profile.followedAuthors;
    profile.authorMatchScore = m_profile.authorMatchScore;
    profile.hIndexCutoff = m_profile.hIndexCutoff;
    m_profile = profile;
    replaceCriteria(profile.criteria);
    showMessage(m_criteriaMessage,
                tr("Imported the criteria of %1. OK keeps them.").arg(QFileInfo(path).fileName()),
                false);
    return true;
}

// Through the cursor rather than setPlainText(), so Undo can bring the previous text back.
void SettingsDialog::replaceCriteria(const QString &criteria)
{
    QTextCursor cursor(m_criteriaEdit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(criteria);
    selectMatchingPreset();
}

void SettingsDialog::selectMatchingPreset()
{
    const QString text = Scoring::normaliseMarkdown(m_criteriaEdit->toPlainText());
    const QList<Scoring::CriteriaPreset> presets = Scoring::criteriaPresets();
    for (qsizetype i = 0; i < presets.size(); ++i) {
        if (Scoring::normaliseMarkdown(presets.at(i).criteria) == text) {
            m_presetCombo->setCurrentIndex(int(i));
            return;
        }
    }
    m_presetCombo->setCurrentIndex(-1);
}

Provider SettingsDialog::currentProvider() const
{
    return AppSettings::providerFromName(m_providerCombo->currentData().toString())
        .value_or(Provider::OpenAi);
}

void SettingsDialog::switchProvider()
{
    storeLlmDraft(m_shownProvider);
    m_shownProvider = currentProvider();
    showLlmDraft(m_shownProvider);
    m_llmKey->setSecretName(AppSettings::secretKey(m_shownProvider));
}

void SettingsDialog::storeLlmDraft(Provider provider)
{
    LlmDraft &draft = m_drafts.at(indexOf(provider));
    draft.baseUrl = m_baseUrlEdit->text().trimmed();
    draft.model = m_modelEdit->text().trimmed();
}

void SettingsDialog::showLlmDraft(Provider provider)
{
    const LlmDraft &draft = m_drafts.at(indexOf(provider));
    m_baseUrlEdit->setText(draft.baseUrl);
    m_baseUrlEdit->setPlaceholderText(AppSettings::defaultBaseUrl(provider).toString());
    m_modelEdit->setText(draft.model);
    m_modelEdit->setPlaceholderText(AppSettings::defaultModel(provider));
    m_baseUrlMessage->hide();
}

bool SettingsDialog::validateBaseUrl()
{
    const QString text = m_baseUrlEdit->text().trimmed();
    if (text.isEmpty()) {
        m_baseUrlMessage->hide();
        return true;
    }

    const QUrl url(text, QUrl::StrictMode);
    if (Net::HttpClient::isAllowedUrl(url)) {
        m_baseUrlMessage->hide();
        return true;
    }
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0) {
        showMessage(m_baseUrlMessage,
                    tr("Plain http:// would send your key unencrypted. Use an https:// "
                       "address; http:// is only allowed for this computer (localhost)."),
                    true);
    } else {
        showMessage(m_baseUrlMessage,
                    tr("Enter a web address starting with https://, for example %1.")
                        .arg(AppSettings::defaultBaseUrl(currentProvider()).toString()),
                    true);
    }
    return false;
}

void SettingsDialog::watchKeyField(KeyField *field, Page page)
{
    connect(field, &KeyField::saved, this, [this] {
        Q_EMIT keySaved();
        if (m_acceptAfterKey && !savePendingKey()) {
            finishAccept();
        }
    });
    connect(field, &KeyField::removed, this, &SettingsDialog::keyRemoved);
    connect(field, &KeyField::failed, this, [this, page](const Sieve::Error &error) {
        if (std::exchange(m_acceptAfterKey, false)) {
            showPage(page);
        }
        Q_EMIT keyFailed(error);
    });
    connect(field, &KeyField::busyChanged, this, &SettingsDialog::updateKeyBusy);
}

// The next key typed but not saved, on its way to the keychain; false when there is none.
bool SettingsDialog::savePendingKey()
{
    for (KeyField *field : {m_llmKey, m_authorsPage->keyField()}) {
        if (field->hasPendingKey()) {
            field->save();
            return true;
        }
    }
    return false;
}

void SettingsDialog::updateKeyBusy()
{
    const bool busy = m_llmKey->isBusy() || m_authorsPage->keyField()->isBusy();
    m_providerCombo->setEnabled(!m_llmKey->isBusy());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void SettingsDialog::chooseDataDir()
{
    const QString start =
        m_dataDirEdit->text().isEmpty() ? m_dataDirEdit->placeholderText() : m_dataDirEdit->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Data folder"), start);
    if (!dir.isEmpty()) {
        m_dataDirEdit->setText(dir);
    }
}

void SettingsDialog::showMessage(QLabel *label, const QString &text, bool isError)
{
    InlineMessage::show(label, text, isError);
}

} // namespace Sieve::Ui
