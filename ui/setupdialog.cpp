// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "setupdialog.h"

#include "categorypicker.h"
#include "inlinemessage.h"
#include "keyfield.h"
#include "markdownhighlighter.h"
#include "windowsize.h"

#include <app/digest/sampledays.h>
#include <app/library/profilestore.h>
#include <app/platform/logging.h>
#include <app/scoring/criteriapresets.h>
#include <app/scoring/scoringprofile.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Sieve::Ui {

using Platform::AppSettings;
using Provider = Platform::AppSettings::Provider;

SetupDialog::SetupDialog(Platform::AppSettings &settings,
                         Library::Library &library,
                         Platform::SecretStore *secrets,
                         QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_library(library)
    , m_secrets(secrets)
    , m_profileName(QStringLiteral("default"))
{
    setObjectName(QStringLiteral("setupDialog"));
    setWindowTitle(tr("Set Up Your Feed"));

    auto *intro = new QLabel(tr("Three questions, and today's papers of your field are listed "
                                "and ranked for you. Everything here can be changed later in "
                                "Tools › Settings."),
                             this);
    intro->setWordWrap(true);

    m_message = InlineMessage::create(QStringLiteral("setupMessageLabel"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("setupButtonBox"));
    //: Ends the first-start setup: saves it and fetches today's papers
    m_finishButton =
        m_buttons->addButton(tr("Finish and Fetch &Today's Papers"), QDialogButtonBox::AcceptRole);
    m_finishButton->setObjectName(QStringLiteral("finishButton"));
    m_finishButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SetupDialog::reject);

    auto *steps = new QGridLayout;
    steps->addWidget(buildCategoryStep(), 0, 0);
    steps->addWidget(buildCriteriaStep(), 0, 1);
    steps->addWidget(buildLlmStep(), 1, 0, 1, 2);
    steps->setRowStretch(0, 1);
    steps->setColumnStretch(0, 1);
    steps->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(steps, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    loadProfile();
    resizeWithinScreen(*this, QSize(980, 620));
    m_categories->setFocus();
}

SetupDialog::~SetupDialog() = default;

void SetupDialog::setProfileName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.trimmed() == m_profileName) {
        return;
    }
    m_profileName = name.trimmed();
    loadProfile();
}

QStringList SetupDialog::chosenCategories() const
{
    return m_categories->chosen();
}

QWidget *SetupDialog::buildCategoryStep()
{
    auto *box = new QGroupBox(tr("1. The categories you follow"), this);
    m_categories = new CategoryPicker(box);
    connect(m_categories, &CategoryPicker::chosenChanged, this, &SetupDialog::updateFinish);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_categories, 1);
    return box;
}

QWidget *SetupDialog::buildCriteriaStep()
{
    auto *box = new QGroupBox(tr("2. What you care about"), this);

    auto *presetLabel = new QLabel(tr("&Start from:"), box);
    m_presetCombo = new QComboBox(box);
    m_presetCombo->setObjectName(QStringLiteral("presetComboBox"));
    //: Shown in the preset chooser when the criteria are the reader's own
    m_presetCombo->setPlaceholderText(tr("Your own criteria"));
    for (const Scoring::CriteriaPreset &preset : Scoring::criteriaPresets()) {
        m_presetCombo->addItem(preset.name, preset.id);
    }
    presetLabel->setBuddy(m_presetCombo);
    connect(m_presetCombo, &QComboBox::activated, this, &SetupDialog::applyPreset);

    auto *criteriaLabel = new QLabel(tr("Then say it in your own &words:"), box);
    m_criteriaEdit = new QPlainTextEdit(box);
    m_criteriaEdit->setObjectName(QStringLiteral("criteriaPlainTextEdit"));
    m_criteriaEdit->setTabChangesFocus(true);
    m_criteriaEdit->setAccessibleName(tr("Criteria"));
    criteriaLabel->setBuddy(m_criteriaEdit);
    new MarkdownHighlighter(m_criteriaEdit->document(), m_criteriaEdit->palette());
    connect(m_criteriaEdit, &QPlainTextEdit::textChanged, this, [this] {
        selectMatchingPreset();
        updateFinish();
    });

    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_presetCombo, 1);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(presetRow);
    layout->addWidget(criteriaLabel);
    layout->addWidget(m_criteriaEdit, 1);
    layout->addWidget(
        InlineMessage::note(tr("Each numbered topic has a Relevant and an Irrelevant line; "
                               "the local ranker and the LLM both read them."),
                            box));
    return box;
}

QWidget *SetupDialog::buildLlmStep()
{
    auto *box = new QGroupBox(tr("3. An LLM to score the papers (optional)"), this);

    m_providerCombo = new QComboBox(box);
    m_providerCombo->setObjectName(QStringLiteral("providerComboBox"));
    m_providerCombo->addItem(tr("OpenAI or a compatible endpoint"),
                             AppSettings::providerName(Provider::OpenAi));
    m_providerCombo->addItem(tr("Anthropic"), AppSettings::providerName(Provider::Anthropic));
    const int shown = m_providerCombo->findData(AppSettings::providerName(m_settings.provider()));
    m_providerCombo->setCurrentIndex(std::max(shown, 0));
    connect(m_providerCombo, &QComboBox::currentIndexChanged, this, &SetupDialog::switchProvider);

    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    auto *providerLabel = new QLabel(tr("&Provider:"), box);
    providerLabel->setBuddy(m_providerCombo);
    grid->addWidget(providerLabel, 0, 0);
    grid->addWidget(m_providerCombo, 0, 1);

    m_key = new KeyField(QStringLiteral("key"), m_secrets, box);
    m_key->lineEdit()->setAccessibleName(tr("API key"));
    m_key->setMissingText(tr("Paste the provider's API key, or leave it empty"));
    m_key->setSecretName(AppSettings::secretKey(currentProvider()));
    m_key->addRows(grid, tr("API &key:"));
    grid->addWidget(
        InlineMessage::note(tr("No key is needed: the local ranker orders the papers on this "
                               "computer. A key is kept in the system keychain, never in a "
                               "file; the model, address and limits are in Settings."),
                            box),
        grid->rowCount(),
        1);

    connect(m_key, &KeyField::saved, this, [this] {
        m_keyTyped = true;
        if (std::exchange(m_finishAfterKey, false)) {
            finish();
        }
    });
    connect(m_key, &KeyField::failed, this, [this] {
        m_finishAfterKey = false; // the field says why; the reader decides
    });
    connect(m_key, &KeyField::busyChanged, this, [this](bool busy) {
        m_providerCombo->setEnabled(!busy);
        updateFinish();
    });
    return box;
}

void SetupDialog::loadProfile()
{
    const auto stored = Library::ProfileStore(m_library).profile(m_profileName);
    const bool ownFeed = stored && !Digest::SampleDays::isSeedProfile(*stored);
    m_categories->setChosen(ownFeed ? stored->categories : QStringList());

    QString criteria = stored ? stored->criteria : QString();
    if (stored && !stored->settings.isEmpty()) {
        const QString fromSettings = Scoring::ScoringProfile::fromJson(stored->settings).criteria;
        criteria = fromSettings.isEmpty() ? criteria : fromSettings;
    }
    if (criteria.trimmed().isEmpty()) {
        criteria = Scoring::ScoringProfile::defaults().criteria;
    }
    m_criteriaEdit->setPlainText(criteria);
    selectMatchingPreset();
    updateFinish();
}

// Through the cursor rather than setPlainText(), so Undo brings back what the reader wrote.
void SetupDialog::applyPreset()
{
    const QString id = m_presetCombo->currentData().toString();
    for (const Scoring::CriteriaPreset &preset : Scoring::criteriaPresets()) {
        if (preset.id == id) {
            QTextCursor cursor(m_criteriaEdit->document());
            cursor.select(QTextCursor::Document);
            cursor.insertText(preset.criteria);
            return;
        }
    }
}

void SetupDialog::selectMatchingPreset()
{
    const QString text = Scoring::normaliseMarkdown(m_criteriaEdit->toPlainText());
    const QList<Scoring::CriteriaPreset> presets = Scoring::criteriaPresets();
    int match = -1;
    for (qsizetype i = 0; i < presets.size() && match < 0; ++i) {
        if (Scoring::normaliseMarkdown(presets.at(i).criteria) == text) {
            match = int(i);
        }
    }
    const QSignalBlocker blocker(m_presetCombo);
    m_presetCombo->setCurrentIndex(match);
}

Provider SetupDialog::currentProvider() const
{
    return AppSettings::providerFromName(m_providerCombo->currentData().toString())
        .value_or(Provider::OpenAi);
}

void SetupDialog::switchProvider()
{
    m_key->setSecretName(AppSettings::secretKey(currentProvider()));
}

void SetupDialog::updateFinish()
{
    const bool ready = !m_categories->chosen().isEmpty()
        && !m_criteriaEdit->toPlainText().trimmed().isEmpty() && !m_key->isBusy();
    m_finishButton->setEnabled(ready);
    m_finishButton->setToolTip(ready ? QString()
                                     : tr("Follow at least one category and write what you "
                                          "care about."));
}

void SetupDialog::accept()
{
    if (!m_finishButton->isEnabled()) {
        return;
    }
    m_message->hide();
    // A key typed but not saved goes to the keychain first; the dialog finishes once it is
    // there, or stays open with the field saying why not.
    if (m_key->hasPendingKey()) {
        m_finishAfterKey = true;
        m_key->save();
        return;
    }
    finish();
}

void SetupDialog::finish()
{
    if (m_keyTyped) {
        m_settings.setProvider(currentProvider());
        if (!m_settings.sync()) {
            InlineMessage::show(m_message,
                                tr("The settings could not be written to %1. Check that the "
                                   "folder is writable.")
                                    .arg(m_settings.fileName()),
                                true);
            return;
        }
    }

    Library::ProfileStore profiles(m_library);
    const auto stored = profiles.profile(m_profileName);
    Scoring::ScoringProfile profile = stored && !stored->settings.isEmpty()
        ? Scoring::ScoringProfile::fromJson(stored->settings)
        : Scoring::ScoringProfile::defaults();
    profile.name = m_profileName;
    profile.criteria = m_criteriaEdit->toPlainText();
    if (m_keyTyped) {
        profile.provider = AppSettings::providerName(currentProvider());
        profile.model = m_settings.model(currentProvider());
    }
    const Result<void> saved =
        profiles.save({m_profileName, m_categories->chosen(), profile.criteria, profile.toJson()});
    if (!saved) {
        qCWarning(lcUi) << "profile not saved:" << m_profileName << saved.error().detail();
        InlineMessage::show(m_message, saved.error().userMessage(), true);
        return;
    }

    qCInfo(lcUi) << "feed set up; profile" << m_profileName << "follows"
                 << m_categories->chosen().size() << "categories";
    Q_EMIT setupFinished();
    QDialog::accept();
}

} // namespace Sieve::Ui
