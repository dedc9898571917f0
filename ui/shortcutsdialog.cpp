// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequenceEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace Sieve::Ui {

namespace {

QString settingsKey(const QString &name)
{
    return QStringLiteral("shortcuts/") + name;
}

QList<QKeySequence> defaultsOf(const QAction *action)
{
    return QKeySequence::listFromString(action->property("defaultShortcuts").toString(),
                                        QKeySequence::PortableText);
}

QString plainText(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
{
    setWindowTitle(tr("Keyboard Shortcuts"));

    auto *rows = new QWidget(this);
    auto *form = new QFormLayout(rows);
    for (QAction *action : actions) {
        auto *edit = new QKeySequenceEdit(action->shortcut(), rows);
        edit->setObjectName(action->objectName() + QStringLiteral("Edit"));
        form->addRow(plainText(action->text()), edit);
        m_edits.append(edit);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults),
            &QPushButton::clicked,
            this,
            &ShortcutsDialog::resetToDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(420, 520);
}

QList<QKeySequence> ShortcutsDialog::shortcutsFor(const QString &name,
                                                  const QList<QKeySequence> &defaults)
{
    const QSettings settings;
    if (!settings.contains(settingsKey(name))) {
        return defaults;
    }
    return QKeySequence::listFromString(settings.value(settingsKey(name)).toString(),
                                        QKeySequence::PortableText);
}

void ShortcutsDialog::accept()
{
    QSettings settings;
    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        QAction *action = m_actions.at(i);
        const QKeySequence chosen = m_edits.at(i)->keySequence();
        const QList<QKeySequence> defaults = defaultsOf(action);
        // The defaults' alternatives (Enter beside Return) stay while the first key is kept.
        if (!defaults.isEmpty() && chosen == defaults.constFirst()) {
            action->setShortcuts(defaults);
            settings.remove(settingsKey(action->objectName()));
            continue;
        }
        action->setShortcut(chosen);
        settings.setValue(settingsKey(action->objectName()),
                          chosen.toString(QKeySequence::PortableText));
    }
    QDialog::accept();
}

void ShortcutsDialog::resetToDefaults()
{
    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        const QList<QKeySequence> defaults = defaultsOf(m_actions.at(i));
        m_edits.at(i)->setKeySequence(defaults.isEmpty() ? QKeySequence() : defaults.first());
    }
}

} // namespace Sieve::Ui
