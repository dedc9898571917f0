// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "keyfield.h"

#include "inlinemessage.h"

#include <app/platform/logging.h>
#include <app/platform/secretstore.h>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace Sieve::Ui {

namespace {

// "key" -> "Key", for the objects named save<Prefix>Button.
QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

} // namespace

KeyField::KeyField(const QString &objectPrefix, Platform::SecretStore *secrets, QWidget *page)
    : QObject(page)
    , m_secrets(secrets)
    , m_missingText(tr("Paste the API key"))
{
    m_edit = new QLineEdit(page);
    m_edit->setObjectName(objectPrefix + QStringLiteral("LineEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleDescription(tr("Kept only in the system keychain."));
    connect(m_edit, &QLineEdit::textChanged, this, &KeyField::updateWidgets);

    m_saveButton = new QPushButton(tr("&Save key to the system keychain"), page);
    m_saveButton->setObjectName(QStringLiteral("save") + capitalised(objectPrefix)
                                + QStringLiteral("Button"));
    m_saveButton->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &KeyField::save);
    m_removeButton = new QPushButton(tr("Remo&ve key"), page);
    m_removeButton->setObjectName(QStringLiteral("remove") + capitalised(objectPrefix)
                                  + QStringLiteral("Button"));
    m_removeButton->setAutoDefault(false);
    connect(m_removeButton, &QPushButton::clicked, this, &KeyField::remove);

    m_progress = new QProgressBar(page);
    m_progress->setObjectName(objectPrefix + QStringLiteral("ProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Talking to the system keychain"));
    m_progress->hide();
    m_message = InlineMessage::create(objectPrefix + QStringLiteral("MessageLabel"), page);
    updateWidgets();
}

void KeyField::addRows(QGridLayout *grid, const QString &labelText)
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_progress);
    buttons->addStretch();

    auto *label = new QLabel(labelText, m_edit->parentWidget());
    label->setBuddy(m_edit);
    int row = grid->rowCount();
    grid->addWidget(label, row, 0);
    grid->addWidget(m_edit, row, 1);
    grid->addLayout(buttons, ++row, 1);
    grid->addWidget(m_message, ++row, 1);
}

void KeyField::setSecretName(const QString &name)
{
    if (name == m_name) {
        return;
    }
    m_name = name;
    // A key typed for one entry must not be saved under another's name.
    m_edit->clear();
    m_message->hide();
    if (!m_stored.contains(name)) {
        refreshState();
    }
    updateWidgets();
}

void KeyField::setMissingText(const QString &text)
{
    m_missingText = text;
    updateWidgets();
}

bool KeyField::hasPendingKey() const
{
    return m_secrets && !m_edit->text().trimmed().isEmpty();
}

void KeyField::refreshState()
{
    if (!m_secrets || m_busy || m_name.isEmpty()) {
        updateWidgets();
        return;
    }

    const QString name = m_name;
    setBusy(true);
    Platform::SecretJob *job = m_secrets->read(name);
    // Only whether a key exists is kept; the secret itself is dropped here.
    connect(job,
            &Platform::SecretJob::finished,
            this,
            [this, name](const std::optional<QString> &secret) {
                m_stored.insert(name, secret.has_value());
                setBusy(false);
                if (!m_stored.contains(m_name)) {
                    refreshState(); // the entry changed while the keychain answered
                }
            });
    connect(job, &Platform::SecretJob::failed, this, [this](const Sieve::Error &error) {
        qCWarning(lcUi) << "keychain not readable:" << error.detail();
        setBusy(false);
        showMessage(error.userMessage(), true);
    });
}

void KeyField::save()
{
    const QString key = m_edit->text().trimmed();
    if (!m_secrets || m_busy || key.isEmpty() || m_name.isEmpty()) {
        return;
    }

    const QString name = m_name;
    setBusy(true, tr("Saving the key in the system keychain…"));
    Platform::SecretJob *job = m_secrets->write(name, key);
    connect(job, &Platform::SecretJob::finished, this, [this, name] {
        m_stored.insert(name, true);
        m_edit->clear();
        setBusy(false);
        showMessage(tr("The key is stored in the system keychain."), false);
        qCInfo(lcUi) << "API key stored:" << name;
        Q_EMIT saved();
    });
    connect(job, &Platform::SecretJob::failed, this, [this](const Sieve::Error &error) {
        qCWarning(lcUi) << "API key not stored:" << error.detail();
        setBusy(false);
        showMessage(error.userMessage(), true);
        Q_EMIT failed(error);
    });
}

void KeyField::remove()
{
    if (!m_secrets || m_busy || m_name.isEmpty()) {
        return;
    }

    const QString name = m_name;
    setBusy(true, tr("Removing the key from the system keychain…"));
    Platform::SecretJob *job = m_secrets->remove(name);
    connect(job, &Platform::SecretJob::finished, this, [this, name] {
        m_stored.insert(name, false);
        setBusy(false);
        showMessage(tr("The key was removed from the system keychain."), false);
        qCInfo(lcUi) << "API key removed:" << name;
        Q_EMIT removed();
    });
    connect(job, &Platform::SecretJob::failed, this, [this](const Sieve::Error &error) {
        qCWarning(lcUi) << "API key not removed:" << error.detail();
        setBusy(false);
        showMessage(error.userMessage(), true);
        Q_EMIT failed(error);
    });
}

void KeyField::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy && !status.isEmpty()) {
        showMessage(status, false);
    }
    updateWidgets();
    Q_EMIT busyChanged(busy);
}

void KeyField::updateWidgets()
{
    const bool available = m_secrets != nullptr;
    const auto stored = m_stored.constFind(m_name);

    if (!available) {
        m_edit->setPlaceholderText(tr("No system keychain available"));
    } else if (stored == m_stored.cend()) {
        m_edit->setPlaceholderText(tr("Checking the system keychain…"));
    } else if (*stored) {
        m_edit->setPlaceholderText(tr("Stored in the system keychain"));
    } else {
        m_edit->setPlaceholderText(m_missingText);
    }

    m_edit->setEnabled(available && !m_busy);
    m_saveButton->setEnabled(available && !m_busy && !m_edit->text().trimmed().isEmpty());
    m_removeButton->setEnabled(available && !m_busy && stored != m_stored.cend() && *stored);
}

void KeyField::showMessage(const QString &text, bool isError)
{
    InlineMessage::show(m_message, text, isError);
}

} // namespace Sieve::Ui
