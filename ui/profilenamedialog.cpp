// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profilenamedialog.h"

#include "inlinemessage.h"

#include <app/library/profilestore.h>
#include <app/scoring/criteriapresets.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sieve::Ui {

namespace {

constexpr int MinimumNameWidth = 280;
constexpr int MinimumNoteWidth = 360;

} // namespace

ProfileNameDialog::ProfileNameDialog(Purpose purpose,
                                     const Library::Library &library,
                                     const QString &current,
                                     QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_library(library)
    , m_current(current)
{
    setObjectName(QStringLiteral("profileNameDialog"));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setMinimumWidth(MinimumNameWidth);
    m_problemLabel = InlineMessage::create(QStringLiteral("problemLabel"), this);
    auto *form = new QFormLayout();
    form->addRow(tr("&Name:"), m_nameEdit);

    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("noteLabel"));
    note->setWordWrap(true);
    note->setMinimumWidth(MinimumNoteWidth);
    switch (purpose) {
    case Purpose::New:
        setWindowTitle(tr("New Profile"));
        m_nameEdit->setPlaceholderText(tr("e.g. Machine learning"));
        m_sourceCombo = new QComboBox(this);
        m_sourceCombo->setObjectName(QStringLiteral("sourceCombo"));
        for (const Scoring::CriteriaPreset &preset : Scoring::criteriaPresets()) {
            m_sourceCombo->addItem(tr("Preset: %1").arg(preset.name), preset.id);
        }
        m_sourceCombo->addItem(tr("A copy of “%1”").arg(current), QString());
        form->addRow(tr("&Start from:"), m_sourceCombo);
        note->setText(tr("A preset brings its criteria and suggested categories; a copy brings "
                         "everything of the profile, its ratings too. The settings open next, "
                         "for the categories and criteria of the new profile."));
        break;
    case Purpose::Duplicate:
        setWindowTitle(tr("Duplicate Profile"));
        //: The suggested name of a copy of a profile
        m_nameEdit->setText(tr("%1 (copy)").arg(current));
        note->setText(tr("The copy starts with the categories, criteria, settings and ratings "
                         "of “%1”; from then on each profile learns on its own.")
                          .arg(current));
        break;
    case Purpose::Rename:
        setWindowTitle(tr("Rename Profile"));
        m_nameEdit->setText(current);
        note->setText(tr("Its ratings, runs and scheduled days keep going with it."));
        break;
    }
    m_nameEdit->selectAll();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Rename ? tr("Rename") : tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize); // grows with the problem shown
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &ProfileNameDialog::checkName);
    checkName();
}

QString ProfileNameDialog::presetId() const
{
    return m_sourceCombo ? m_sourceCombo->currentData().toString() : QString();
}

void ProfileNameDialog::checkName()
{
    const QString keeping = m_purpose == Purpose::Rename ? m_current : QString();
    const Result<QString> checked =
        Library::ProfileStore(m_library).checkName(m_nameEdit->text(), keeping);
    // An empty field is no error yet: the reader has not typed.
    if (checked || m_nameEdit->text().trimmed().isEmpty()) {
        m_problemLabel->hide();
    } else {
        InlineMessage::show(m_problemLabel, checked.error().userMessage(), true);
    }
    m_name = checked ? checked.value() : QString();
    const bool unchanged = m_purpose == Purpose::Rename && m_name == m_current;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name.isEmpty() && !unchanged);
}

} // namespace Sieve::Ui
